import dgram from 'node:dgram';
import net from 'node:net';

// Ports for the local IdPs, receivers and DNS server of the integration tests: CI runs the suite twice at
// once (PGlite and PostgreSQL), so a fixed port is taken by the other run (EADDRINUSE). The OS picks a free
// one; the moment between closing and reusing it is far shorter than anything that could take it.

export function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}
