/** New personal data was given for a data subject whose key has been destroyed. The API maps it to 422. */
export class SubjectErasedError extends Error {
  constructor(readonly subjectId: string) {
    super(`data subject ${subjectId} has been erased`);
    this.name = 'SubjectErasedError';
  }
}
