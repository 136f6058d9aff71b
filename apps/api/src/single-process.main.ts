import './bootstrap/favour-memory';
import 'reflect-metadata';
import { runProcess } from '@greenchain/platform';
import { WorkerModule } from '../../worker/src/worker.module';
import { startHttp } from './bootstrap/start-http';

/** `npm start`: API, worker and console in one process, for a laptop or a demo. */
void runProcess((runtime) => startHttp(runtime, [WorkerModule]));
