/**
 * Server-rendered HTML of the checkout page. Every value goes through `escapeHtml`; the card fields
 * are always rendered empty (the number and CVC are never echoed back). Styles and the one small
 * script carry the response's CSP nonce; the form works without the script.
 */
import { describeError, formatDate, formatDateTime, formatMoney, messages } from '../../cards/messages';
import { InvalidInputError, type CommerceError } from '../../commerce/errors';
import type { CheckoutPage, CheckoutSummary } from './service';
import type { StoredResult } from './sessions';
import { checkoutTexts, CheckoutTexts } from './texts';
import type { CheckoutLocale } from './types';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`=]/g, (char) => `&#${char.charCodeAt(0)};`);
}

const STYLE = `
:root{color-scheme:light dark;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
body{margin:0;background:#f3f2f1;color:#201f1e}
main{max-width:28rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px;box-shadow:0 1px 4px #0002}
h1{font-size:1.35rem;margin:0 0 .25rem}
h2{font-size:1rem;font-weight:600;color:#605e5c;margin:0 0 1rem}
dl{display:grid;grid-template-columns:auto 1fr;gap:.35rem 1rem;margin:1rem 0}
dt{color:#605e5c}dd{margin:0;text-align:right;font-variant-numeric:tabular-nums}
dd.total,dt.total{font-weight:700;color:#201f1e}
label{display:block;margin:.75rem 0 .25rem;font-weight:600}
input{box-sizing:border-box;width:100%;padding:.55rem;font-size:1rem;border:1px solid #8a8886;border-radius:4px}
.row{display:flex;gap:1rem;align-items:flex-end}.row>div{flex:1}
button{margin-top:1.25rem;width:100%;padding:.7rem;font-size:1rem;font-weight:600;color:#fff;background:#5b5fc7;border:0;border-radius:4px;cursor:pointer}
button:disabled{opacity:.6;cursor:wait}
.note{font-size:.85rem;color:#605e5c;margin:.75rem 0}
.error{padding:.75rem;border-radius:4px;background:#fde7e9;color:#a4262c;margin:1rem 0}
.ok{padding:.75rem;border-radius:4px;background:#dff6dd;color:#107c10;margin:1rem 0}
a{color:#5b5fc7}
@media (prefers-color-scheme:dark){body{background:#1b1a19;color:#f3f2f1}main{background:#252423}
dt,h2,.note{color:#c8c6c4}dd.total,dt.total{color:#f3f2f1}input{background:#1b1a19;color:#f3f2f1}}
`;

// Disables the button once the form is sent: a second click would only show "being processed".
const SCRIPT = `document.querySelector('form[data-checkout]')?.addEventListener('submit',function(e){
var b=this.querySelector('button');if(this.dataset.sent){e.preventDefault();return}
this.dataset.sent='1';if(b){b.disabled=true;b.textContent=b.dataset.working}});`;

interface Layout {
  locale: CheckoutLocale;
  title: string;
  body: string;
  nonce: string;
  /** Seconds after which the page reloads itself (the "being processed" page). */
  refreshSeconds?: number;
  script?: boolean;
}

function layout({ locale, title, body, nonce, refreshSeconds, script }: Layout): string {
  const t = checkoutTexts(locale);
  const refresh = refreshSeconds ? `<meta http-equiv="refresh" content="${refreshSeconds}">` : '';
  return (
    `<!doctype html><html lang="${t.lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex,nofollow">${refresh}` +
    `<title>${escapeHtml(title)} · ${escapeHtml(t.pageTitle)}</title>` +
    `<style nonce="${nonce}">${STYLE}</style></head><body><main>${body}</main>` +
    (script ? `<script nonce="${nonce}">${SCRIPT}</script>` : '') +
    `</body></html>`
  );
}

function facts(rows: Array<[string, string, string?]>): string {
  return (
    '<dl>' +
    rows
      .map(([term, value, cls]) => {
        const c = cls ? ` class="${cls}"` : '';
        return `<dt${c}>${escapeHtml(term)}</dt><dd${c}>${escapeHtml(value)}</dd>`;
      })
      .join('') +
    '</dl>'
  );
}

function cardText(locale: CheckoutLocale, card: { brand: string; last4: string } | null): string {
  return card ? messages(locale).common.card(card.brand, card.last4) : checkoutTexts(locale).noCard;
}

function summaryRows(
  t: CheckoutTexts,
  locale: CheckoutLocale,
  summary: CheckoutSummary,
): {
  rows: Array<[string, string, string?]>;
  amount: string;
} {
  switch (summary.kind) {
    case 'purchase': {
      const q = summary.quote;
      const total = formatMoney(q.total, locale);
      return {
        amount: total,
        rows: [
          [t.product, q.productName],
          [t.seats, String(q.seats)],
          [t.unitPrice, formatMoney(q.unitPrice, locale)],
          [t.term, t.termValue(q.termMonths, formatDate(q.termStart, locale), formatDate(q.termEnd, locale))],
          [t.total, total, 'total'],
        ],
      };
    }
    case 'pay-bill': {
      const b = summary.bill;
      const amount = formatMoney(b.amount, locale);
      return {
        amount,
        rows: [
          [t.product, summary.productName],
          [t.period, `${formatDate(b.periodStart, locale)} – ${formatDate(b.periodEnd, locale)}`],
          [t.dueDate, formatDate(b.dueDate, locale)],
          [t.amount, amount, 'total'],
        ],
      };
    }
    case 'update-card':
      return {
        amount: '',
        rows: [
          [t.product, summary.productName],
          [t.seats, String(summary.seats)],
          [t.currentCard, cardText(locale, summary.card)],
        ],
      };
  }
}

function formBody(page: Extract<CheckoutPage, { type: 'form' }>): string {
  const { session } = page;
  const locale = session.locale;
  const t = checkoutTexts(locale);
  const { rows, amount } = summaryRows(t, locale, page.summary);
  const person = page.person ? `${page.person.displayName} (${page.person.email})` : session.userId;
  const error = page.error
    ? `<p class="error" role="alert" id="checkout-error">${escapeHtml(describeError(page.error, locale))}</p>`
    : '';
  const attempts =
    session.attempts > 0 ? `<p class="note">${escapeHtml(t.attemptsLeft(page.attemptsLeft))}</p>` : '';
  const note = session.kind === 'update-card' ? t.updateCardNote : t.cardOnly;
  const action = `/checkout/${encodeURIComponent(session.id)}`;
  const input = (name: string, label: string, attrs: string) =>
    `<label for="${name}">${escapeHtml(label)}</label><input id="${name}" name="${name}" ${attrs}>`;
  return (
    `<h1>${escapeHtml(t.pageTitle)}</h1><h2>${escapeHtml(t.kinds[session.kind])}</h2>` +
    `<p id="checkout-for">${escapeHtml(t.forUser)} <strong>${escapeHtml(person)}</strong></p>` +
    facts(rows) +
    `<p class="note" id="checkout-card-only">${escapeHtml(note)}</p>` +
    error +
    attempts +
    `<form method="post" action="${escapeHtml(action)}" autocomplete="on" data-checkout>` +
    `<input type="hidden" name="csrf" value="${escapeHtml(page.csrf)}">` +
    input('holder', t.fields.holder, 'autocomplete="cc-name" maxlength="100" value=""') +
    input(
      'number',
      t.fields.number,
      'inputmode="numeric" autocomplete="cc-number" maxlength="23" required value=""',
    ) +
    '<div class="row"><div>' +
    input(
      'expiry',
      t.fields.expiry,
      'inputmode="numeric" autocomplete="cc-exp" maxlength="7" required value=""',
    ) +
    '</div><div>' +
    input('cvc', t.fields.cvc, 'inputmode="numeric" autocomplete="cc-csc" maxlength="4" required value=""') +
    '</div></div>' +
    `<button type="submit" data-working="${escapeHtml(t.working)}">${escapeHtml(t.submit[session.kind](amount))}</button>` +
    '</form>' +
    `<p class="note">${escapeHtml(t.privacy)}</p>` +
    `<p class="note">${escapeHtml(t.expires(formatDateTime(session.expiresAt, locale)))}</p>`
  );
}

function receiptBody(locale: CheckoutLocale, result: StoredResult, alreadyDone: boolean): string {
  const t = checkoutTexts(locale);
  let rows: Array<[string, string, string?]>;
  switch (result.kind) {
    case 'purchase': {
      const r = result.receipt;
      rows = [
        [t.product, r.productName],
        [t.seats, String(r.seats)],
        [t.total, formatMoney(r.total, locale), 'total'],
        [t.paidWith, cardText(locale, r.card)],
        [t.termEnd, formatDate(r.termEnd, locale)],
        [t.order, r.orderId],
      ];
      break;
    }
    case 'pay-bill': {
      const r = result.receipt;
      rows = [
        [t.product, r.productName],
        [t.amount, formatMoney(r.amount, locale), 'total'],
        [t.paidWith, cardText(locale, r.card)],
        [t.bill, r.billId],
      ];
      break;
    }
    case 'update-card': {
      const r = result.receipt;
      rows = [
        [t.product, r.productName],
        [t.newCard, cardText(locale, r.card)],
      ];
      break;
    }
  }
  const done = alreadyDone
    ? `<p class="note" id="checkout-already-done">${escapeHtml(t.alreadyDone)}</p>`
    : '';
  return (
    `<h1 id="checkout-receipt">${escapeHtml(t.receiptTitle[result.kind])}</h1>` +
    `<p class="ok" role="status">${escapeHtml(t.receiptNote)}</p>` +
    facts(rows) +
    done
  );
}

function messageBody(title: string, text: string, id: string, reloadLabel?: string): string {
  const reload = reloadLabel ? `<p><a href="">${escapeHtml(reloadLabel)}</a></p>` : '';
  return `<h1 id="${id}">${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>${reload}`;
}

function refusalText(error: CommerceError, locale: CheckoutLocale): string {
  const billSettled = error instanceof InvalidInputError && error.field === 'billId';
  return billSettled ? checkoutTexts(locale).billNotPayable : describeError(error, locale);
}

/** A page without a session behind it (unknown link, bad request before the session is read). */
export type PlainPage = 'not-found' | 'method' | 'too-large' | 'unsupported' | 'malformed';

export function renderPlainPage(kind: PlainPage, locale: CheckoutLocale, nonce: string): string {
  const t = checkoutTexts(locale);
  const [title, text] = {
    'not-found': [t.notFoundTitle, t.notFoundText],
    method: [t.methodTitle, t.methodText],
    'too-large': [t.tooLargeTitle, t.malformedText],
    unsupported: [t.unsupportedTitle, t.malformedText],
    malformed: [t.malformedTitle, t.malformedText],
  }[kind];
  return layout({ locale, title, nonce, body: messageBody(title, text, `checkout-${kind}`) });
}

export function renderPage(page: CheckoutPage, nonce: string, fallbackLocale: CheckoutLocale): string {
  if (page.type === 'not-found') return renderPlainPage('not-found', fallbackLocale, nonce);
  if (page.type === 'form') {
    const t = checkoutTexts(page.session.locale);
    return layout({
      locale: page.session.locale,
      title: t.kinds[page.session.kind],
      nonce,
      body: formBody(page),
      script: true,
    });
  }
  const locale = page.locale;
  const t = checkoutTexts(locale);
  switch (page.type) {
    case 'receipt':
      return layout({
        locale,
        title: t.receiptTitle[page.result.kind],
        nonce,
        body: receiptBody(locale, page.result, page.alreadyDone),
      });
    case 'processing':
      return layout({
        locale,
        title: t.processingTitle,
        nonce,
        refreshSeconds: 2,
        body: messageBody(t.processingTitle, t.processingText, 'checkout-processing'),
      });
    case 'expired':
      return page.closed
        ? layout({
            locale,
            title: t.closedTitle,
            nonce,
            body: messageBody(t.closedTitle, t.closedText, 'checkout-closed'),
          })
        : layout({
            locale,
            title: t.expiredTitle,
            nonce,
            body: messageBody(t.expiredTitle, t.expiredText, 'checkout-expired'),
          });
    case 'refused':
      return layout({
        locale,
        title: t.refusedTitle,
        nonce,
        body: messageBody(t.refusedTitle, refusalText(page.error, locale), 'checkout-refused', t.reload),
      });
    case 'stale-form':
      return layout({
        locale,
        title: t.staleFormTitle,
        nonce,
        body: messageBody(t.staleFormTitle, t.staleFormText, 'checkout-stale-form', t.reload),
      });
    case 'malformed':
      return layout({
        locale,
        title: t.malformedTitle,
        nonce,
        body: messageBody(t.malformedTitle, t.malformedText, 'checkout-malformed', t.reload),
      });
    case 'unconfirmed':
      return layout({
        locale,
        title: t.unconfirmedTitle,
        nonce,
        body: messageBody(t.unconfirmedTitle, t.unconfirmedText, 'checkout-unconfirmed'),
      });
    case 'failed':
      return layout({
        locale,
        title: t.errorTitle,
        nonce,
        body: messageBody(t.errorTitle, messages(locale).error.generic, 'checkout-failed', t.reload),
      });
  }
}
