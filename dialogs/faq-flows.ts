import { renderFaqAnswerCard, renderFaqSuggestionsCard } from '../cards/faq-cards';
import { toLocale } from '../cards/messages';
import type { Locale } from '../cards/types';
import type { FaqAnswer } from '../faq/types';
import { showHelp } from './replies';
import type { Conversation, DialogServices } from './services';
import { texts } from './texts';

/** The FAQ in chat: an answer card with related questions and 👍/👎, or "I don't know" with close questions. */
export class FaqFlows {
  constructor(private readonly services: DialogServices) {}

  /** Answers a question; without an FAQ engine, the help card says what the bot can do. */
  async answer(c: Conversation, question: string): Promise<void> {
    const faq = this.services.faq;
    if (!faq) {
      await showHelp(c, this.services);
      return;
    }
    await this.show(c, question, faq.answer(question, c.locale));
  }

  /** A related question's button: the entry by its slug, in the user's language. */
  async answerSlug(c: Conversation, slug: string): Promise<void> {
    const entry = this.services.faq?.entry(slug);
    if (!entry) {
      await c.reply.text(texts(c.locale).faqUnknownSlug);
      return;
    }
    const text = entry[c.locale];
    const related = entry.related.flatMap((id) => {
      const other = this.services.faq?.entry(id);
      return other ? [{ slug: id, question: other[c.locale].question }] : [];
    });
    await c.reply.card(
      renderFaqAnswerCard(
        { slug: entry.id, question: text.question, answer: text.answer, related },
        c.locale,
      ),
    );
  }

  /** True when the FAQ answers `question` confidently (then the answer card was sent). */
  async answerIfConfident(c: Conversation, question: string): Promise<boolean> {
    const answer = this.services.faq?.answer(question, c.locale);
    if (!answer?.entry) return false;
    await this.show(c, question, answer);
    return true;
  }

  /** 👍/👎 on an answer, kept for the FAQ's authors (tenant and user only, never the question). */
  async feedback(c: Conversation, slug: string, helpful: boolean): Promise<void> {
    if (!this.services.faq?.entry(slug)) {
      await c.reply.text(texts(c.locale).faqUnknownSlug);
      return;
    }
    await this.services.db.models.FaqFeedback.create({
      tenantId: c.actor.tenantId,
      userRef: c.actor.userId,
      entryId: slug,
      lang: c.locale,
      helpful,
    });
    await c.reply.text(texts(c.locale).feedbackThanks);
  }

  private async show(c: Conversation, question: string, answer: FaqAnswer): Promise<void> {
    const locale: Locale = toLocale(answer.lang);
    if (answer.entry) {
      await c.reply.card(
        renderFaqAnswerCard(
          {
            slug: answer.entry.id,
            question: answer.entry.question,
            answer: answer.entry.answer,
            related: answer.entry.related.map((r) => ({ slug: r.id, question: r.question })),
          },
          locale,
        ),
      );
      return;
    }
    await c.reply.card(
      renderFaqSuggestionsCard(
        {
          query: question,
          suggestions: answer.suggestions.map((s) => ({ slug: s.id, question: s.question })),
        },
        locale,
      ),
    );
  }
}
