import type { Locale } from '../../cards/types';

const fr = {
  unknownWorkspace:
    'Cet espace de travail Slack n’est relié à aucune organisation que je connais : je ne peux donc ni vendre ni gérer de licences ici. ' +
    'Demandez à votre administrateur informatique de relier l’espace de travail à votre organisation.',
  unknownUser:
    'Je n’ai pas trouvé votre compte dans l’annuaire de votre organisation (ni par votre identifiant Slack, ni par votre adresse e-mail). ' +
    'Demandez à votre administrateur informatique d’ajouter votre compte.',
  buttonExpired: 'Ce bouton ne fonctionne plus. Tapez */licences aide* pour recommencer.',
};

const en: typeof fr = {
  unknownWorkspace:
    'This Slack workspace is not linked to any organisation I know, so I can’t sell or manage licences here. ' +
    'Please ask your IT admin to link the workspace to your organisation.',
  unknownUser:
    'I could not find your account in your organisation’s directory (neither by your Slack id nor by your e-mail address). ' +
    'Please ask your IT admin to add your account.',
  buttonExpired: 'This button no longer works. Type */licences help* to start again.',
};

/** The Slack channel's own sentences (the rest comes from the dialogs' texts). */
export function slackTexts(locale: Locale): typeof fr {
  return locale === 'fr' ? fr : en;
}
