/**
 * Stands in for `@apollo/usage-reporting-protobuf` in the Lambda bundle (esbuild alias, see
 * infra/lib/constructs/api-function.ts). Only Apollo's usage-reporting and inline-trace plugins
 * use it: we never report to Apollo GraphOS and disable inline traces in server.ts, so this code
 * is never run, and the bundle is ~200 KB lighter. Touching it anyway fails loudly.
 */
const unavailable = (): never => {
  throw new Error('Apollo usage reporting is not part of this bundle');
};
class Unavailable {
  constructor() {
    unavailable();
  }
  static encode = unavailable;
  static decode = unavailable;
  static fromObject = unavailable;
}
export class Trace extends Unavailable {}
export class Report extends Unavailable {}
export class ReportHeader extends Unavailable {}
export const google = { protobuf: { Timestamp: Unavailable } };
