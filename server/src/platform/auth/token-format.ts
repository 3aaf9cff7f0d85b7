/** Personal access tokens start with this, so secret scanners can recognise them. */
export const TOKEN_PREFIX = 'mrd_pat_';
