import { expect } from '@open-wc/testing';
import { mailtoUrl, safeUrl, smsUrl, telUrl } from '../../src/core/safe-url.js';
import '../support/rig.js';
const BASE = 'https://intranet.example.org/wellness/peer-team';
describe('safeUrl', () => {
    it('keeps https, mailto, tel and sms links, normalized', () => {
        expect(safeUrl('https://eap.example.org/start?x=1', BASE)).to.equal('https://eap.example.org/start?x=1');
        expect(safeUrl('HTTPS://EAP.example.org', BASE)).to.equal('https://eap.example.org/');
        expect(safeUrl('mailto:peer@example.org', BASE)).to.equal('mailto:peer@example.org');
        expect(safeUrl('tel:+15550100199', BASE)).to.equal('tel:+15550100199');
        expect(safeUrl('sms:988', BASE)).to.equal('sms:988');
    });
    it('keeps relative URLs on the same origin', () => {
        expect(safeUrl('/photos/ana.jpg', BASE)).to.equal('https://intranet.example.org/photos/ana.jpg');
        expect(safeUrl('photos/ana.jpg', BASE)).to.equal('https://intranet.example.org/wellness/photos/ana.jpg');
        expect(safeUrl('?page=2', 'http://intranet.corp/peers')).to.equal('http://intranet.corp/peers?page=2');
    });
    it('allows http only on localhost', () => {
        expect(safeUrl('http://localhost:8787/x', BASE)).to.equal('http://localhost:8787/x');
        expect(safeUrl('http://127.0.0.1/x', BASE)).to.equal('http://127.0.0.1/x');
        expect(safeUrl('http://eap.example.org/', BASE)).to.equal(undefined);
    });
    const disguises = [
        ['plain', 'javascript:alert(1)'],
        ['mixed case', 'JaVaScRiPt:alert(1)'],
        ['leading control characters', '\u0001\u0002 javascript:alert(1)'],
        ['leading newline and spaces', '\n   javascript:alert(1)'],
        ['embedded tab', 'java\tscript:alert(1)'],
        ['embedded newline', 'java\nscript:alert(1)'],
        ['embedded carriage return', 'jav\r\nascript:alert(1)'],
        ['data: HTML', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
        ['data: image', 'data:image/svg+xml,<svg onload=alert(1)>'],
        ['vbscript', 'VBScript:msgbox(1)'],
        ['file', 'file:///etc/passwd'],
        ['blob', 'blob:https://intranet.example.org/1234'],
        ['protocol-relative', '//evil.example/steal'],
        ['protocol-relative with backslashes', '\\\\evil.example/steal'],
        ['protocol-relative with mixed slashes', '/\\evil.example/steal'],
        ['protocol-relative with a leading tab', '\t//evil.example/'],
        ['http to another host', 'http://evil.example/'],
    ];
    for (const [name, input] of disguises) {
        it(`blocks ${name}`, () => {
            expect(safeUrl(input, BASE)).to.equal(undefined);
        });
    }
    it('keeps entity-like text harmless: without a real scheme it is only a path on this site', () => {
        expect(safeUrl('javascript&colon;alert(1)', BASE)).to.equal('https://intranet.example.org/wellness/javascript&colon;alert(1)');
    });
    it('blocks what is not a usable string', () => {
        for (const input of [undefined, null, 42, {}, [], '', 'https://' + 'a'.repeat(5000)]) {
            expect(safeUrl(input, BASE)).to.equal(undefined);
        }
    });
    it('makes phone, text and email links from what people write', () => {
        expect(telUrl('(555) 010-0199')).to.equal('tel:5550100199');
        expect(telUrl('988')).to.equal('tel:988');
        expect(smsUrl('741741', 'HOME')).to.equal('sms:741741?body=HOME');
        expect(mailtoUrl('peer.team@example.org')).to.equal('mailto:peer.team@example.org');
        expect(mailtoUrl('a@b.org?bcc=everyone@corp.org')).to.equal(undefined);
        expect(telUrl('no digits')).to.equal(undefined);
        expect(telUrl(42)).to.equal(undefined);
    });
});
