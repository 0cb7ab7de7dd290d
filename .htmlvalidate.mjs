// html-validate configuration. Rules switched off or relaxed carry their reason.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes <!DOCTYPE html>, <meta …> without a closing slash and bare boolean attributes:
    // these three rules only police the writing style of valid markup.
    'doctype-style': 'off',
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Minified output can leave a trailing space inside text; it is harmless.
    'no-trailing-whitespace': 'off',
    // Resource anchors are their public ids (#988-suicide-crisis-lifeline); HTML allows ids that
    // start with a digit, and changing them would break links organizers already share.
    'valid-id': ['error', { relaxed: true }],
    // Page titles are "<title> | Common Ground": the title field is limited to 60 characters.
    'long-title': ['error', { maxlength: 80 }],
    // The directory's filters are checkbox groups (topic=grief&topic=addiction): a shared name is
    // how HTML sends several values of one field, as it is for radio buttons.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};
