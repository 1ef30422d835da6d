/**
 * `-c exponentialHistograms=native|classic` (prop `exponentialHistograms`) sets the function's
 * EXPONENTIAL_HISTOGRAMS; unset, the function keeps its own default (native).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { functionEnvironment, synth, type CliContext } from './synth.js';

const VM = { remoteWriteUrl: 'https://vm.example.com/api/v1/write' };

function environmentOf(context: CliContext): Record<string, unknown> {
  const t = synth(context);
  try {
    return functionEnvironment(t.template);
  } finally {
    t.cleanup();
  }
}

describe('context exponentialHistograms', () => {
  it('sets EXPONENTIAL_HISTOGRAMS=classic, in any case', () => {
    assert.equal(
      environmentOf({ ...VM, exponentialHistograms: 'Classic' }).EXPONENTIAL_HISTOGRAMS,
      'classic',
    );
  });

  it('sets EXPONENTIAL_HISTOGRAMS=native', () => {
    assert.equal(environmentOf({ ...VM, exponentialHistograms: 'native' }).EXPONENTIAL_HISTOGRAMS, 'native');
  });

  it('leaves the variable unset by default', () => {
    assert.equal('EXPONENTIAL_HISTOGRAMS' in environmentOf(VM), false);
  });

  it('refuses another value, naming the choices', () => {
    assert.throws(() => synth({ ...VM, exponentialHistograms: 'explicit' }), {
      name: 'ForwarderConfigError',
      message: /context "exponentialHistograms" = "explicit" is invalid; expected native \| classic/,
    });
  });

  it('refuses the variable in environment: the prop sets it', () => {
    assert.throws(() => synth({ ...VM, environment: '{"EXPONENTIAL_HISTOGRAMS":"classic"}' }), {
      name: 'ForwarderConfigError',
      message: /EXPONENTIAL_HISTOGRAMS is set by the construct from its props/,
    });
  });
});
