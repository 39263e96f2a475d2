import { buildWorkbench, WORKBENCH_DIST } from '../../web/build.js';
import { createApp } from '../api/app.js';
import type { ApiDeps } from '../api/deps.js';
import { serviceModules } from '../api/modules.js';
import { WEB_ASSET_PREFIX, webRoutes } from '../api/routes/web.js';
import type { SharedPacer } from '../app/dispatch/rate-limited-dispatcher.js';
import { PolicyRegistry } from '../app/policy/policy-registry.js';
import type { Config } from '../config/config.js';
import { ConfigProblemsError } from '../config/config-problem.js';
import { openDispatch } from '../dispatch/open-dispatch.js';
import { readCalibrationFile } from './calibration-file.js';
import { nodeAssets } from './node-assets.js';

/** The running service: the app to serve, and a clean shutdown. */
export interface NodeService {
  app: ReturnType<typeof createApp>;
  /** Stops watching the policies and waits for provider hand-overs in flight. */
  close(): Promise<void>;
}

/**
 * Wires the whole service on Node: policies from the watched directory, the configured dispatcher,
 * the workbench (built from source, reused while unchanged), and every API module.
 * @throws ConfigProblemsError when a provider rate, a webhook URL or the calibration file is bad.
 * @example const service = await buildNodeService(deps, config)
 */
export async function buildNodeService(
  deps: ApiDeps,
  config: Pick<Config, 'policiesDir' | 'webhooks' | 'providerRates'> &
    Partial<Pick<Config, 'calibrationPath'>>,
  options: {
    watchPolicies?: boolean;
    web?: boolean;
    /** Provider pacing shared by every worker process (`serve --workers N`). */
    pacer?: SharedPacer;
    /** Hand over dispatches left queued at start (default true; one worker of N does it). */
    resumeQueued?: boolean;
  } = {},
): Promise<NodeService> {
  const dispatch = openDispatch(
    { webhooks: config.webhooks, providerRates: config.providerRates },
    { store: deps.store, clock: deps.clock, log: deps.log },
    {},
    options.pacer,
  );
  if (!dispatch.ok) throw new ConfigProblemsError(dispatch.problems);
  const calibration = config.calibrationPath
    ? await readCalibrationFile(config.calibrationPath)
    : undefined;
  if (calibration && !calibration.ok) throw new ConfigProblemsError(calibration.problems);
  if (calibration?.inForce.calibration)
    deps.log.info(
      { calibration: calibration.inForce.calibration.id },
      'ranking calibration loaded',
    );
  const registry = await PolicyRegistry.open(config.policiesDir, {
    watch: options.watchPolicies ?? true,
    clock: deps.clock,
    onReload: (snapshot) =>
      deps.log.info(
        {
          policies: snapshot.policies.map(
            (p) => `${p.id}@${p.version}${p.stale ? ' (stale: file invalid)' : ''}`,
          ),
          errors: snapshot.errors.length,
        },
        'policies loaded',
      ),
  });
  const snapshot = registry.snapshot();
  if (snapshot.errors.length > 0)
    deps.log.warn(
      { errors: snapshot.errors.map((e) => `${e.file}:${e.line ?? ''} ${e.path} ${e.code}`) },
      'policy files with problems',
    );
  if (snapshot.policies.length === 0)
    deps.log.warn(
      { dir: config.policiesDir },
      'no valid policy loaded: the guard denies every contact',
    );

  const relay = dispatch.dispatch.relay;
  let assets = nodeAssets();
  if (options.web ?? true) {
    const build = await buildWorkbench();
    deps.log.info({ hash: build.hash, reused: build.reused }, 'workbench ready');
    assets = nodeAssets({ [WEB_ASSET_PREFIX]: WORKBENCH_DIST });
  }
  const app = createApp(deps, {
    modules: serviceModules({
      registry,
      relay,
      ...(calibration?.ok ? { calibration: calibration.inForce } : {}),
    }),
    assets,
    web: webRoutes(assets),
  });
  const resumed = options.resumeQueued === false ? 0 : await relay.resumeQueued();
  if (resumed > 0) deps.log.info({ resumed }, 'queued dispatches handed over again');
  return {
    app,
    close: async () => {
      registry.close();
      await dispatch.dispatch.shutdown();
    },
  };
}
