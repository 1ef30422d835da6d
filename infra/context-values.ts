/**
 * One CDK context value, read and checked: `-c` values arrive as strings, cdk.json values may also be
 * numbers, booleans or objects. Errors name the key and what was expected.
 */
import { ForwarderConfigError } from './errors.js';

/** Reads one key's raw value (context.ts's ContextReader). */
type Reader<K extends string> = (key: K) => unknown;

export function str<K extends string>(read: Reader<K>, key: K): string | undefined {
  const value = read(key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number')
    throw bad(key, JSON.stringify(value), 'a string');
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

export function num<K extends string>(read: Reader<K>, key: K): number | undefined {
  const text = str(read, key);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw bad(key, text, 'a non-negative number');
  return value;
}

export function int<K extends string>(read: Reader<K>, key: K): number | undefined {
  const value = num(read, key);
  if (value !== undefined && !Number.isInteger(value)) throw bad(key, String(value), 'a whole number');
  return value;
}

export function bool<K extends string>(read: Reader<K>, key: K): boolean | undefined {
  const value = read(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw bad(key, JSON.stringify(value), 'true or false');
}

export function oneOf<K extends string, T>(
  read: Reader<K>,
  key: K,
  choices: Record<string, T>,
): T | undefined {
  const text = str(read, key)?.toLowerCase();
  if (text === undefined) return undefined;
  const choice = choices[text];
  if (choice === undefined) throw bad(key, text, Object.keys(choices).join(' | '));
  return choice;
}

/** A JSON object of strings, given as an object (cdk.json) or its JSON text (`-c`). */
export function stringRecord<K extends string>(read: Reader<K>, key: K): Record<string, string> | undefined {
  let value = read(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') {
    const text = value;
    try {
      value = JSON.parse(text);
    } catch {
      throw bad(key, text, 'a JSON object such as {"NAMESPACE":"app"}');
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw bad(key, JSON.stringify(value), 'a JSON object');
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(value)) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      throw bad(key, JSON.stringify(value), 'string values only');
    }
    out[name] = String(v);
  }
  return out;
}

export function bad(key: string, value: string, expected: string): ForwarderConfigError {
  return new ForwarderConfigError(
    `context "${key}" = ${JSON.stringify(value)} is invalid; expected ${expected}`,
  );
}
