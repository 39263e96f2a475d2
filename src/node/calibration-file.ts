import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  type CalibrationInForce,
  calibrationInForce,
  defaultsInForce,
} from '../app/calibration/calibration-in-force.js';
import { type ConfigProblem, configProblem } from '../config/config-problem.js';
import { issueMessage } from '../domain/model/issue-message.js';
import { Calibration } from '../domain/ranking/calibration-file.js';

/** The variable naming the calibration file, for its problems. */
const VARIABLE = 'SKIPGRAPH_CALIBRATION';

/** The calibration file at `path` read and checked: in force, the defaults when there is none, or its problems. */
export async function readCalibrationFile(
  path: string,
): Promise<{ ok: true; inForce: CalibrationInForce } | { ok: false; problems: ConfigProblem[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { ok: true, inForce: defaultsInForce(path) };
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      ok: false,
      problems: [
        configProblem(
          'config_calibration_unreadable',
          { variable: VARIABLE, path, reason },
          `${VARIABLE}: cannot read the calibration file ${path} (${reason})`,
        ),
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [
        configProblem(
          'config_calibration_not_json',
          { variable: VARIABLE, path },
          `${VARIABLE}: the calibration file ${path} is not JSON (${(error as Error).message})`,
        ),
      ],
    };
  }
  const parsed = Calibration.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => {
        const field = i.path.join('.') || '(file)';
        return configProblem(
          'config_calibration_invalid',
          { variable: VARIABLE, path, field, issue: [issueMessage(i)] },
          `${VARIABLE}: the calibration file ${path}, ${field}: ${i.message}`,
        );
      }),
    };
  return { ok: true, inForce: calibrationInForce(parsed.data, path) };
}

/** Writes a calibration file whole (a temporary file renamed over it, so a reader never sees half). */
export async function writeCalibrationFile(path: string, calibration: Calibration): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(calibration, null, 2)}\n`, 'utf8');
  await rename(tmp, path);
}
