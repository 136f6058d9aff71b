/**
 * A command's form starts from its own defaults: without this, react-admin's Form would take the
 * page's record (the whole case) as initial values and send it along.
 */
export const noRecord = {};
