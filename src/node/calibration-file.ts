import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  type CalibrationInForce,
  calibrationInForce,
  defaultsInForce,
} from '../app/calibration/calibration-in-force.js';
import { Calibration } from '../domain/ranking/calibration-file.js';

/** The calibration file at `path` read and checked: in force, the defaults when there is none, or its problems. */
export async function readCalibrationFile(
  path: string,
): Promise<{ ok: true; inForce: CalibrationInForce } | { ok: false; problems: string[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { ok: true, inForce: defaultsInForce(path) };
    return { ok: false, problems: [`${path}: ${(error as Error).message}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`${path}: not JSON (${(error as Error).message})`] };
  }
  const parsed = Calibration.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map(
        (i) => `${path}: ${i.path.join('.') || '(file)'}: ${i.message}`,
      ),
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
