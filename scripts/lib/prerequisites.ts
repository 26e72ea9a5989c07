import { spawnSync } from 'node:child_process';

export interface Problem {
  readonly what: string;
  readonly advice: string;
}

const MIN_NODE = 20;
const MIN_JAVA = 17;

export function majorOf(version: string): number | undefined {
  // "v20.20.2", "17.0.15", and Java 8's "1.8.0_392"
  const match = /(\d+)(?:\.(\d+))?/.exec(version);
  if (!match) return undefined;
  const major = Number(match[1]);
  return major === 1 && match[2] ? Number(match[2]) : major;
}

/** Parses `java -version` output, e.g. `openjdk version "17.0.15" 2025-04-15`. */
export function javaMajor(output: string): number | undefined {
  const match = /version "([^"]+)"/.exec(output);
  return match ? majorOf(match[1]!) : undefined;
}

export function checkNode(version = process.version): Problem[] {
  const major = majorOf(version);
  if (major !== undefined && major >= MIN_NODE) return [];
  return [
    {
      what: `Node.js ${version} is too old`,
      advice: `Install Node.js ${MIN_NODE} or newer (https://nodejs.org, or \`nvm install 20\`), then run npm install again.`,
    },
  ];
}

export function checkJava(run = () => spawnSync('java', ['-version'], { encoding: 'utf8' })): Problem[] {
  const advice =
    `DynamoDB Local needs a Java ${MIN_JAVA}+ runtime. Install one, e.g. \`sudo apt-get install openjdk-17-jre-headless\` ` +
    `(Debian/Ubuntu), \`brew install openjdk@17\` (macOS) or Temurin 17 from adoptium.net, and make sure \`java -version\` works.`;
  const result = run();
  if (result.error || result.status === null) return [{ what: 'No Java runtime found (the `java` command is missing)', advice }];
  const major = javaMajor(`${result.stderr ?? ''}${result.stdout ?? ''}`);
  if (major === undefined) return [{ what: 'Could not read the version of `java`', advice }];
  if (major < MIN_JAVA) return [{ what: `Java ${major} is too old`, advice }];
  return [];
}

export function checkPrerequisites(): Problem[] {
  return [...checkNode(), ...checkJava()];
}
