import { readPort } from '../../src/cli/serve-command';

describe('serve › readPort', () => {
  it('when PORT is unset or empty, uses 3000', () => {
    expect(readPort(undefined)).toBe(3000);
    expect(readPort('')).toBe(3000);
  });

  it('when PORT is a port number, uses it', () => {
    expect(readPort('8080')).toBe(8080);
    expect(readPort('0')).toBe(0);
  });

  it.each(['abc', '-1', '65536', '80.5', ' 80'])('when PORT is %p, returns a message naming the value', (value) => {
    expect(readPort(value)).toBe(`PORT must be a number from 0 to 65535, got '${value}'`);
  });
});
