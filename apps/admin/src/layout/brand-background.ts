/** The forest gradient behind the pages seen before signing in. */
export const brandBackground = {
  backgroundImage: 'radial-gradient(circle at 50% 14em, #2f7d62 0%, #173f33 60%, #0f2a22 100%)',
};
