import { App } from 'aws-cdk-lib';
import { addCmkStacks, addNagChecks, appContext } from '../lib/cmk-app.ts';
import { stageConfigFromContext } from '../lib/config.ts';
import { repoRoot } from '../lib/paths.ts';

// One stage per synth: `-c stage=dev` (default) or `-c stage=prod`. See infra/README.md.
const app = new App({ context: appContext });
addCmkStacks(app, stageConfigFromContext(app.node), repoRoot);
addNagChecks(app);
app.synth();
