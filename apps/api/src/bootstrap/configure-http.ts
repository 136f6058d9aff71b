import { type INestApplication, RequestMethod, ValidationPipe } from '@nestjs/common';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  type GreenchainConfig,
  ProblemDetailsFilter,
  validationProblem,
} from '@greenchain/platform';
import helmet from 'helmet';
import { ApiMetrics } from '../metrics/api-metrics';
import { httpMetricsMiddleware } from '../metrics/http-metrics.middleware';
import { jsonShapeGuard } from './json-shape.middleware';
import { privateResponses } from './private-responses.middleware';

/**
 * Helmet's policy, plus `blob:` for pictures and frames: the console shows an attached photograph
 * or PDF from an object URL of bytes it fetched with the session's token (a plain URL would carry
 * none). Object URLs are made only by the console's own scripts, which stay `'self'` alone.
 */
const consoleDirectives = {
  'upgrade-insecure-requests': null,
  'img-src': ["'self'", 'data:', 'blob:'],
  'frame-src': ["'self'", 'blob:'],
};

/** Everything HTTP-wide: security headers, limits, validation, errors, routes and the OpenAPI document. */
export function configureHttp(app: NestExpressApplication, config: GreenchainConfig): void {
  // First, so refusals by the body parser and helmet are timed and counted too.
  app.use(httpMetricsMiddleware(app.get(ApiMetrics)));
  app.use(helmet({ contentSecurityPolicy: { directives: consoleDirectives } }));
  app.enableCors({
    origin: [...config.http.corsOrigins],
    credentials: false,
    // The console reads the list total and the version it must send back as If-Match.
    exposedHeaders: ['Content-Range', 'ETag'],
  });
  app.useBodyParser('json', { limit: config.http.bodyLimit, strict: true });
  app.useBodyParser('urlencoded', { limit: config.http.bodyLimit, extended: false });
  app.use(jsonShapeGuard);
  // Only the configured proxies may name the client (X-Forwarded-For): limits key on its address.
  app.set('trust proxy', config.http.trustProxy);
  app.use('/api', privateResponses);
  app.setGlobalPrefix('api', {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
      { path: '/', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationProblem,
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  if (config.http.apiDocs) setUpOpenApi(app);
}

/** The document is built at its first request: most processes never serve it, and it stays in memory. */
function setUpOpenApi(app: INestApplication): void {
  const document = () =>
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Greenchain API')
        .setDescription(
          'Environmental-crime cases from seizure to sentence. Errors are RFC 9457 problem+json.',
        )
        .setVersion('0.1.0')
        .addBearerAuth()
        .build(),
    );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
