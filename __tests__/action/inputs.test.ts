import { getInputs } from '../../src/action/inputs.js';

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(process.env, saved);
});

const withInputs = (inputs: Record<string, string>) => {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  return getInputs();
};

describe('getInputs', () => {
  it('applies the defaults when the runner passes nothing', () => {
    expect(withInputs({})).toEqual({
      token: '',
      workingDirectory: '.',
      schema: undefined,
      migrations: undefined,
      config: undefined,
      failOn: 'error',
      comment: 'always',
      failOnExisting: false,
      baseRef: undefined,
      sarifFile: undefined,
      verify: true,
      databaseUrl: undefined,
    });
  });

  it('verifies unless told not to, and whenever a database URL is given', () => {
    expect(withInputs({ verify: 'false' })).toMatchObject({ verify: false, databaseUrl: undefined });
    expect(withInputs({ 'database-url': 'postgres://ci@localhost/postgres' })).toMatchObject({ verify: true, databaseUrl: 'postgres://ci@localhost/postgres' });
  });

  it('normalises the working directory', () => {
    expect(withInputs({ 'working-directory': './apps\\api/' }).workingDirectory).toBe('apps/api');
  });

  it.each([
    [{ 'fail-on': 'critical' }, 'Input fail-on must be one of error, warning, notice, never; got "critical".'],
    [{ comment: 'sometimes' }, 'Input comment must be one of always, on-findings, never; got "sometimes".'],
    [{ 'fail-on-existing': 'yes' }, 'Input fail-on-existing must be one of true, false; got "yes".'],
    [{ verify: 'always' }, 'Input verify must be one of true, false; got "always".'],
    [{ 'working-directory': '../elsewhere' }, 'Input working-directory must be a path inside the repository; got "../elsewhere".'],
    [{ 'working-directory': '/abs' }, 'Input working-directory must be a path inside the repository; got "/abs".'],
    [{ 'working-directory': '/' }, 'Input working-directory must be a path inside the repository; got "/".'],
  ])('%j → %s', (inputs, message) => {
    expect(() => withInputs(inputs)).toThrow(expect.objectContaining({ name: 'UsageError', message }));
  });
});
