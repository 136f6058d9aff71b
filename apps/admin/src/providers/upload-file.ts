import { type CommandResult } from '@greenchain/contracts';
import { entityTag } from './idempotency-key';
import { problemError } from './problem-error';
import { session } from './session';
import { refreshSession } from './token-refresh';

export interface FileUpload {
  /** The API path of the upload route, under /api. */
  readonly path: string;
  readonly file: File;
  /** The form's other fields (occurredAt, personalData), sent before the file as the API reads them. */
  readonly fields: Readonly<Record<string, string>>;
  /** The record's version as the user saw it (If-Match). */
  readonly version: number;
  readonly idempotencyKey: string;
  /** The share of the body sent so far, from 0 to 1. */
  readonly onProgress: (sent: number) => void;
}

interface Answer {
  readonly status: number;
  readonly statusText: string;
  readonly text: string;
}

/**
 * One multipart request through XMLHttpRequest: fetch reports no upload progress. The fields go
 * first, since the API reads the form as it streams and stores the file as it arrives.
 */
function send(upload: FileUpload): Promise<Answer> {
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', upload.file, upload.file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/${upload.path}`);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('If-Match', entityTag(upload.version));
    request.setRequestHeader('Idempotency-Key', upload.idempotencyKey);
    const token = session.token();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) upload.onProgress(event.loaded / event.total);
    };
    request.onload = () =>
      resolve({
        status: request.status,
        statusText: request.statusText,
        text: request.responseText,
      });
    request.onerror = () => reject(new Error(request.statusText || 'Network error'));
    request.send(form);
  });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Uploads a file as a command, with the session's token refreshed once on a 401 (the same key
 * makes the repeat safe); a refusal throws the API's problem like every other request.
 */
export async function uploadFile(upload: FileUpload): Promise<CommandResult> {
  let answer = await send(upload);
  if (answer.status === 401 && session.token() && (await refreshSession())) {
    answer = await send(upload);
  }
  const json = parse(answer.text);
  if (answer.status < 200 || answer.status >= 300) {
    throw problemError(answer.status, answer.statusText, json);
  }
  return json as CommandResult;
}
