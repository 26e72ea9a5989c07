/**
 * The API on this machine: the same Lambda handler as in AWS, behind a small HTTP adapter.
 * Started by `npm start`; listens on 127.0.0.1:$API_PORT (default 4000).
 */
import { createLambdaHttpServer } from './http-adapter.ts';

const port = Number(process.env.API_PORT ?? 4000);
const { handler } = await import('../handler.ts');
const { handler: syncHandler } = await import('../sync/handler.ts');
// The same two Lambda functions as in AWS: GraphQL, and the sync endpoint Strapi's outbox posts to.
const server = createLambdaHttpServer({ '/graphql': handler as never, '/sync': syncHandler });

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} is in use. Stop what uses it, or set API_PORT to another port (e.g. API_PORT=4001 npm start).`);
  } else {
    console.error('API server failed:', error.message);
  }
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => console.log(`API ready at http://localhost:${port}/graphql`));

// Webhook deliveries, the same code the stream's Lambda runs in AWS.
const { startLocalWebhooks } = await import('./webhooks.ts');
const webhooks = startLocalWebhooks();

const stop = () => {
  webhooks.stop();
  server.close(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
