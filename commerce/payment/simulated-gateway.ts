import { UniqueConstraintError } from 'sequelize';
import { Clock } from '../clock';
import { IdempotencyConflictError, InvalidInputError, NotFoundError } from '../errors';
import { Database } from '../../models/database';
import { newId } from '../../models/ids';
import type { GatewayCardToken, GatewayCharge } from '../../models/runtime';
import { isExpired, validateCard } from './card';
import { CardInput, CardToken, ChargeRequest, ChargeResult, PaymentGateway } from './gateway';
import { CardBehaviour, behaviourFor, parseBehaviour } from './test-cards';

/** Stripe's ceiling for one charge (999,999.99 in a two-decimal currency); also fits a 32-bit column. */
export const MAX_CHARGE_AMOUNT_MINOR = 99_999_999;
/** The `gateway_charges.idempotencyKey` column's width. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 128;

/**
 * The built-in card processor, behaving like Stripe in test mode: it validates and tokenises cards,
 * and charges them with the outcome the test numbers define (see `test-cards.ts`). It keeps its own
 * tables (`gateway_card_tokens`, `gateway_charges`) and stores brand, last 4 digits, expiry and the
 * simulated behaviour only: never the number, the CVC or the holder's name.
 *
 * - `charge` with an unknown token throws `NotFoundError('payment-method')` and records nothing
 *   (as Stripe answers `resource_missing`, which is not a decline).
 * - A card that has expired since it was tokenised is declined `expired_card` (as of the clock).
 * - A repeated idempotency key returns the first result, succeeded or declined, from the stored
 *   charge; the same key with another token, amount or currency throws `IdempotencyConflictError`.
 * - Refunds are of the whole charge; refunding a refunded charge does nothing, whatever the key
 *   (a charge is refunded at most once, so the key needs no table of its own). An unknown or declined
 *   charge is refused with `InvalidInputError('chargeId')` (there is no `charge` entity kind).
 */
export class SimulatedCardGateway implements PaymentGateway {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async tokenize(card: CardInput): Promise<CardToken> {
    const valid = validateCard(card, this.clock.now());
    const row = {
      token: newId('tok'),
      brand: valid.brand,
      last4: valid.last4,
      expMonth: valid.expMonth,
      expYear: valid.expYear,
      behaviour: behaviourFor(valid.number),
    };
    await this.db.write((transaction) =>
      this.db.models.GatewayCardToken.create({ ...row, createdAt: this.clock.now() }, { transaction }),
    );
    return toCardToken(row);
  }

  async describe(token: string): Promise<CardToken | null> {
    if (typeof token !== 'string' || token === '') return null;
    const row = await this.db.models.GatewayCardToken.findByPk(token);
    return row ? toCardToken(row) : null;
  }

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    checkChargeRequest(request);
    const { GatewayCharge: Charges, GatewayCardToken: Tokens } = this.db.models;
    let charge: GatewayCharge;
    try {
      charge = await this.db.write(async (transaction) => {
        const first = await Charges.findOne({
          where: { idempotencyKey: request.idempotencyKey },
          transaction,
        });
        if (first) return first;
        const card = await Tokens.findByPk(request.token, { transaction });
        if (!card) throw new NotFoundError('payment-method', request.token);
        const now = this.clock.now();
        const outcome = decide(card, now);
        return Charges.create(
          {
            id: newId('ch'),
            idempotencyKey: request.idempotencyKey,
            token: request.token,
            amountMinor: request.amountMinor,
            currency: request.currency,
            status: outcome === 'approve' ? 'succeeded' : 'declined',
            declineCode: outcome === 'approve' ? null : outcome,
            createdAt: now,
          },
          { transaction },
        );
      });
    } catch (error) {
      // PostgreSQL: a concurrent call with the same key committed first; its row is the answer.
      if (!(error instanceof UniqueConstraintError)) throw error;
      const first = await Charges.findOne({ where: { idempotencyKey: request.idempotencyKey } });
      if (!first) throw error;
      charge = first;
    }
    if (
      charge.token !== request.token ||
      charge.amountMinor !== request.amountMinor ||
      charge.currency !== request.currency
    ) {
      throw new IdempotencyConflictError();
    }
    return toChargeResult(charge);
  }

  async refund(chargeId: string, idempotencyKey: string): Promise<void> {
    checkIdempotencyKey(idempotencyKey);
    if (typeof chargeId !== 'string' || chargeId === '') {
      throw new InvalidInputError('chargeId', 'must not be blank');
    }
    await this.db.write(async (transaction) => {
      const charge = await this.db.models.GatewayCharge.findByPk(chargeId, {
        transaction,
        lock: transaction.LOCK.UPDATE,
      });
      if (!charge) throw new InvalidInputError('chargeId', 'no such charge');
      if (charge.status === 'refunded') return;
      if (charge.status === 'declined') {
        throw new InvalidInputError('chargeId', 'the charge was declined; nothing was taken to refund');
      }
      charge.status = 'refunded';
      await charge.save({ transaction });
    });
  }
}

/** The simulated bank's answer: the card's test behaviour, unless the card has expired meanwhile. */
function decide(card: GatewayCardToken, now: Date): CardBehaviour {
  if (isExpired(card.expMonth, card.expYear, now)) return 'expired_card';
  return parseBehaviour(card.behaviour);
}

function checkChargeRequest(request: ChargeRequest): void {
  if (typeof request.token !== 'string' || request.token === '') {
    throw new InvalidInputError('token', 'must not be blank');
  }
  if (
    !Number.isSafeInteger(request.amountMinor) ||
    request.amountMinor <= 0 ||
    request.amountMinor > MAX_CHARGE_AMOUNT_MINOR
  ) {
    throw new InvalidInputError(
      'amountMinor',
      `must be a whole number of minor units from 1 to ${MAX_CHARGE_AMOUNT_MINOR}`,
    );
  }
  if (typeof request.currency !== 'string' || !/^[A-Z]{3}$/.test(request.currency)) {
    throw new InvalidInputError('currency', 'must be three capital letters (ISO 4217)');
  }
  checkIdempotencyKey(request.idempotencyKey);
}

function checkIdempotencyKey(key: string): void {
  if (typeof key !== 'string' || key.trim() === '' || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new InvalidInputError('idempotencyKey', `must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`);
  }
}

function toCardToken(
  row: Pick<GatewayCardToken, 'token' | 'brand' | 'last4' | 'expMonth' | 'expYear'>,
): CardToken {
  return {
    token: row.token,
    brand: row.brand,
    last4: row.last4,
    expMonth: row.expMonth,
    expYear: row.expYear,
  };
}

/** Built from the stored row, so that every replay of a key answers exactly as the first call did. */
function toChargeResult(charge: GatewayCharge): ChargeResult {
  if (charge.status === 'declined') {
    return { status: 'declined', chargeId: charge.id, declineCode: parseDecline(charge.declineCode) };
  }
  // A refunded charge had succeeded: a replay of its key answers as the first call did.
  return {
    status: 'succeeded',
    chargeId: charge.id,
    amountMinor: charge.amountMinor,
    currency: charge.currency,
  };
}

function parseDecline(code: string | null): Exclude<CardBehaviour, 'approve'> {
  const behaviour = parseBehaviour(code ?? '');
  return behaviour === 'approve' ? 'processing_error' : behaviour;
}
