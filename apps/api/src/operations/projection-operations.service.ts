import { Injectable } from '@nestjs/common';
import { ProblemException } from '@greenchain/platform';
import {
  loadStatus,
  projectionLags,
  requestRebuild,
  resumeProjection,
  type ProjectionLag,
} from '@greenchain/read-models';
import { DataSource } from 'typeorm';
import {
  type ProjectionRequestResponse,
  type ProjectionStatusResponse,
} from './projection-status.response';

const projectionName = /^[a-z0-9][a-z0-9-]{0,99}$/;

function toResponse(lag: ProjectionLag, headPosition: number): ProjectionStatusResponse {
  const failed = lag.failedEvent;
  return {
    id: lag.name,
    name: lag.name,
    status: lag.status,
    generation: lag.generation,
    checkpoint: lag.lastPosition,
    headPosition,
    lagEvents: lag.behindEvents,
    lagSeconds: Math.round(lag.lagMs) / 1000,
    ...(lag.buildingGeneration !== null && { buildingGeneration: lag.buildingGeneration }),
    ...(failed && {
      failedEventId: failed.eventId,
      failedPosition: failed.globalPosition,
      error: failed.error,
    }),
    updatedAt: lag.updatedAt.toISOString(),
  };
}

/**
 * Projection status, rebuild and resume for administrators. The runners live in the worker (maybe
 * another process): a request is a change of projection_status, which the leader polls.
 */
@Injectable()
export class ProjectionOperations {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<ProjectionStatusResponse[]> {
    const [lags, [head]] = await Promise.all([
      projectionLags(this.dataSource),
      this.dataSource.query<{ position: string }[]>(
        `SELECT coalesce(max(global_position), 0) AS position FROM events`,
      ),
    ]);
    return lags.map((lag) => toResponse(lag, Number(head?.position ?? 0)));
  }

  async rebuild(name: string): Promise<ProjectionRequestResponse> {
    checkName(name);
    if (!(await requestRebuild(this.dataSource, name))) throw notFound();
    return this.current(name);
  }

  async resume(name: string): Promise<ProjectionRequestResponse> {
    checkName(name);
    if (await resumeProjection(this.dataSource, name)) return this.current(name);
    const status = await loadStatus(this.dataSource, name);
    if (!status) throw notFound();
    throw new ProblemException(
      409,
      'projection/not-failed',
      `Projection ${name} is ${status.status}; only a failed projection resumes.`,
      'name',
    );
  }

  private async current(name: string): Promise<ProjectionRequestResponse> {
    const status = await loadStatus(this.dataSource, name);
    if (!status) throw notFound();
    return { id: name, status: status.status };
  }
}

function checkName(name: string): void {
  if (!projectionName.test(name)) {
    throw new ProblemException(
      400,
      'request/invalid-id',
      'name must be a projection name.',
      'name',
    );
  }
}

function notFound(): ProblemException {
  return new ProblemException(404, 'resource/not-found', 'No such projection.', 'name');
}
