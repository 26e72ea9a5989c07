import net from 'node:net';

export interface PortClaim {
  readonly port: number;
  readonly service: string;
  readonly variable: string;
}

export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** Messages for every port that is taken, each naming the variable that moves the service elsewhere. */
export async function portsInUse(claims: readonly PortClaim[]): Promise<string[]> {
  const taken: string[] = [];
  for (const claim of claims) {
    if (!(await isPortFree(claim.port))) {
      taken.push(
        `Port ${claim.port} (${claim.service}) is in use. Stop what uses it (\`lsof -i :${claim.port}\`), ` +
          `or choose another port: ${claim.variable}=${claim.port + 1} npm start`,
      );
    }
  }
  return taken;
}
