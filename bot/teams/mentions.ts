import { TeamsInfo, TurnContext, type Activity, type Mention } from 'botbuilder';
import type { MentionedUser } from '../../dialogs';
import type { Logger } from '../../logging';

/** True in group chats and channels, where the bot answers only when @mentioned. */
export function isGroupConversation(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return Boolean(activity.conversation?.isGroup) || type === 'groupChat' || type === 'channel';
}

export function mentionsBot(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return TurnContext.getMentions(activity).some((m) => m.mentioned?.id === botId);
}

function mentionsIn(activity: Partial<Activity>): Mention[] {
  return TurnContext.getMentions(activity).filter((m) => typeof m?.mentioned?.id === 'string');
}

/**
 * The message's words without any `<at>…</at>` (the bot's own mention and the people it names), and
 * the people mentioned, resolved through the Teams roster to their Entra object ids.
 */
export async function readMentions(
  context: TurnContext,
  logger: Logger,
): Promise<{ text: string; mentions: MentionedUser[] }> {
  const activity = context.activity;
  const botId = activity.recipient?.id;
  let text = typeof activity.text === 'string' ? activity.text : '';
  const people = new Map<string, string>();
  for (const mention of mentionsIn(activity)) {
    if (typeof mention.text === 'string') text = text.split(mention.text).join(' ');
    if (mention.mentioned.id !== botId) people.set(mention.mentioned.id, mention.mentioned.name ?? '');
  }
  text = text
    .replace(/<at>[^<]*<\/at>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const mentions = await Promise.all(
    [...people].map(async ([id, name]) => ({ name, ref: await rosterRef(context, id, logger) })),
  );
  return { text, mentions };
}

/**
 * A mentioned member's Entra object id, from `TeamsInfo.getMember`. Teams documents the field as
 * `objectId`; the SDK's type says `aadObjectId`: both are read. Null when the roster does not know them.
 */
async function rosterRef(context: TurnContext, memberId: string, logger: Logger): Promise<string | null> {
  if (context.activity.channelId !== 'msteams') return null;
  try {
    const member = (await TeamsInfo.getMember(context, memberId)) as {
      aadObjectId?: string;
      objectId?: string;
      email?: string;
    };
    return member.aadObjectId ?? member.objectId ?? member.email ?? null;
  } catch (error) {
    logger.warn('mentioned member not found in the roster', { error });
    return null;
  }
}
