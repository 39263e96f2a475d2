export { type Stage, stageOf } from '../../src/domain/model/stage.js';
