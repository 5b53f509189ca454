// A small authoritative DNS server on 127.0.0.1 (dns2) for domain-claim tests: TXT records set by the
// test, NXDOMAIN for anything else. The app reaches it through SSO_DNS_RESOLVER=127.0.0.1:<port>.
import dns2 from 'dns2';

export class TestDns {
  readonly txt = new Map<string, string[]>();
  private server: ReturnType<typeof dns2.createServer>;

  private constructor(readonly port: number) {
    const { Packet } = dns2;
    this.server = dns2.createServer({
      udp: true,
      handle: (request, send) => {
        const response = Packet.createResponseFromRequest(request);
        const question = request.questions[0];
        const values = question ? this.txt.get(question.name.toLowerCase()) : undefined;
        if (question && values && question.type === Packet.TYPE.TXT) {
          for (const data of values)
            response.answers.push({
              name: question.name,
              type: Packet.TYPE.TXT,
              class: Packet.CLASS.IN,
              ttl: 1,
              data,
            } as unknown as (typeof response.answers)[number]);
        } else {
          response.header.rcode = 3; // NXDOMAIN
        }
        send(response);
      },
    });
  }

  static async start(port: number): Promise<TestDns> {
    const dns = new TestDns(port);
    await dns.server.listen({ udp: { port, address: '127.0.0.1' } });
    return dns;
  }

  get resolver(): string {
    return `127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    await this.server.close();
  }
}
