import 'reflect-metadata';
import { runProcess } from '@greenchain/platform';
import { startHttp } from './bootstrap/start-http';

void runProcess((runtime) => startHttp(runtime));
