import { describe, expect, it } from 'vitest';
import { LABELS } from '../../lib/thread';
describe('labels', () => { it('has four', () => expect(LABELS).toHaveLength(4)); });
