const DAYS = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };
const CATEGORY_HINTS = [
    [/crisis|suicide|hotline|988/i, 'crisis-line'],
    [/employee assistance|\beap\b/i, 'eap'],
    [/chaplain|pastoral|spiritual care/i, 'chaplain'],
    [/support group|peer group|circle|meeting/i, 'support-group'],
    [/counsel|therap|psycholog|mental health/i, 'counseling'],
    [/financ|debt|budget|credit/i, 'financial'],
    [/legal|lawyer|attorney|law\b/i, 'legal'],
    [/medical|clinic|health care|hospital/i, 'medical'],
];
const text = (value) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const list = (value) => (Array.isArray(value) ? value.filter((item) => typeof item === 'object' && item !== null) : []);
const time = (value) => {
    const match = typeof value === 'string' ? /^(\d{2}):(\d{2})/.exec(value) : null;
    return match ? `${match[1]}:${match[2]}` : undefined;
};
/** HSDS 3 gives a schedule's time zone as a UTC offset in hours; IANA names are kept as they are. */
function timeZoneOf(schedules) {
    for (const schedule of schedules) {
        const zone = schedule.timezone;
        if (typeof zone === 'string' && zone.includes('/'))
            return zone;
        if (typeof zone === 'number' && Number.isInteger(zone) && Math.abs(zone) <= 14)
            return zone === 0 ? 'Etc/UTC' : `Etc/GMT${zone > 0 ? '-' : '+'}${Math.abs(zone)}`;
    }
    return undefined;
}
function hoursOf(schedules, description) {
    const weekly = schedules.filter((schedule) => !schedule.freq || String(schedule.freq).toUpperCase() === 'WEEKLY');
    const entries = weekly.flatMap((schedule) => {
        const opens = time(schedule.opens_at);
        const closes = time(schedule.closes_at) === '23:59' ? '24:00' : time(schedule.closes_at);
        if (!opens || !closes)
            return [];
        const days = String(schedule.byday ?? 'SU,MO,TU,WE,TH,FR,SA')
            .split(',')
            .map((day) => DAYS[day.trim().toUpperCase().slice(-2)])
            .filter((day) => day !== undefined);
        return days.map((day) => ({ day, opens, closes }));
    });
    const note = text(schedules.map((schedule) => schedule.description).find(text));
    const allDay = entries.length >= 7 && [0, 1, 2, 3, 4, 5, 6].every((day) => entries.some((entry) => entry.day === day && entry.opens === '00:00' && entry.closes === '24:00'));
    if (allDay || /24\s*\/\s*7|24 hours/i.test(`${note ?? ''} ${description}`))
        return { is24x7: true, ...(note ? { note: note.slice(0, 200) } : {}) };
    const zone = timeZoneOf(schedules);
    return { is24x7: false, ...(zone ? { timeZone: zone } : {}), ...(entries.length ? { schedule: entries.slice(0, 28) } : {}), ...(note ? { note: note.slice(0, 200) } : {}) };
}
function costOf(service) {
    const fees = text(service.fees_description) ?? text(service.fees);
    const amounts = list(service.cost_options).map((option) => Number(option.amount)).filter(Number.isFinite);
    if ((fees && /\bfree\b|no (cost|charge|fee)/i.test(fees)) || (amounts.length && amounts.every((amount) => amount === 0))) {
        return { cost: 'free', ...(fees ? { costNote: fees.slice(0, 200) } : {}) };
    }
    if (fees && /sliding|reduced|low/i.test(fees))
        return { cost: 'low-cost', costNote: fees.slice(0, 200) };
    return { cost: 'paid', ...(fees ? { costNote: fees.slice(0, 200) } : {}) };
}
/** The services of the file with what they link to, whichever of the two shapes it has. */
function servicesOf(document) {
    if (Array.isArray(document))
        return { services: list(document), arrayDepth: 1, tables: false };
    if (typeof document !== 'object' || document === null)
        return undefined;
    const root = document;
    const services = Array.isArray(root.services) ? root.services : Array.isArray(root.contents) ? root.contents : undefined;
    if (!services)
        return undefined;
    const tables = ['organizations', 'phones', 'schedules', 'languages', 'service_at_locations'].some((name) => Array.isArray(root[name]));
    if (!tables)
        return { services: list(services), arrayDepth: 2, tables: false };
    const byService = (name) => {
        const grouped = new Map();
        for (const row of list(root[name]))
            grouped.set(String(row.service_id), [...(grouped.get(String(row.service_id)) ?? []), row]);
        return grouped;
    };
    const organizations = new Map(list(root.organizations).map((organization) => [String(organization.id), organization]));
    const [phones, schedules, languages, locations] = ['phones', 'schedules', 'languages', 'service_at_locations'].map(byService);
    return {
        arrayDepth: 2,
        tables: true,
        services: list(services).map((service) => ({
            ...service,
            organization: organizations.get(String(service.organization_id)),
            phones: phones.get(String(service.id)) ?? [],
            schedules: schedules.get(String(service.id)) ?? [],
            languages: languages.get(String(service.id)) ?? [],
            service_at_locations: locations.get(String(service.id)) ?? [],
        })),
    };
}
/** Maps every service; `undefined` when the document is not an HSDS export at all. */
export function mapHsds(document, today = new Date()) {
    const found = servicesOf(document);
    if (!found)
        return undefined;
    const notes = new Set(['HSDS does not say whether a service is confidential, nor whom it serves: every listing was imported as not confidential, for staff and family. Check and edit them.']);
    const ids = new Map();
    const services = found.services.map((service, index) => {
        const where = `services[${index}]`;
        const errors = [];
        const id = text(service.id)?.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64);
        const name = text(service.name);
        if (!id)
            return { index, errors: [`${where}.id is missing.`] };
        if (!name)
            return { index, errors: [`${where}.name is missing.`] };
        if (ids.has(id))
            return { index, errors: [`${where}.id "${id}" is used twice (first by services[${ids.get(id)}]).`] };
        ids.set(id, index);
        const organization = (service.organization ?? undefined);
        const description = text(service.description) ?? text(organization?.description) ?? '';
        const category = CATEGORY_HINTS.find(([pattern]) => pattern.test(`${name} ${description}`))?.[1] ?? 'other';
        if (category === 'other')
            notes.add(`${where} "${name}": no category recognised; filed under "other".`);
        const phones = list(service.phones).flatMap((phone, phoneIndex) => {
            const number = phone.number;
            if (typeof number !== 'string' || !number.trim()) {
                errors.push(`${where}.phones[${phoneIndex}].number must be text.`);
                return [];
            }
            const type = String(phone.type ?? 'voice').toLowerCase();
            if (type === 'fax' || type === 'pager') {
                notes.add(`${where} "${name}": a ${type} number was left out.`);
                return [];
            }
            const label = text(phone.description);
            return [{ number: number.trim().slice(0, 40), kind: type === 'text' || type === 'sms' ? 'text' : 'voice', ...(label ? { label: label.slice(0, 60) } : {}) }];
        });
        const url = text(service.url) ?? text(organization?.website) ?? text(organization?.url);
        const website = url && /^https:\/\//i.test(url) ? url : undefined;
        if (url && !website)
            notes.add(`${where} "${name}": the website "${url.slice(0, 80)}" is not https and was left out.`);
        const email = text(service.email) ?? text(organization?.email);
        const languages = [
            ...new Set(list(service.languages)
                .map((language) => text(language.code) ?? text(language.language))
                .filter((code) => !!code && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(code))),
        ];
        const verified = text(service.assured_date) ?? text(service.last_modified) ?? text(organization?.last_modified);
        if (!verified)
            notes.add(`${where} "${name}": no assured_date; marked as verified today.`);
        if (errors.length)
            return { index, errors };
        return {
            index,
            errors,
            resource: {
                id,
                name: name.slice(0, 120),
                category,
                ...(description ? { description: description.slice(0, 600) } : {}),
                phones: phones.slice(0, 8),
                ...(website ? { url: website.slice(0, 2048) } : {}),
                ...(email ? { email: email.slice(0, 320) } : {}),
                hours: hoursOf(list(service.schedules), description),
                confidential: false,
                ...costOf(service),
                languages: languages.length ? languages.slice(0, 24) : ['en'],
                audiences: ['staff', 'family'],
                verifiedOn: (verified && !Number.isNaN(Date.parse(verified)) ? new Date(verified) : today).toISOString().slice(0, 10),
            },
        };
    });
    return { arrayDepth: found.arrayDepth, services, notes: [...notes] };
}
