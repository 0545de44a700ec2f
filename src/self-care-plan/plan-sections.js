/** The plan's steps, their plain-language prompts and examples (our own words), and its text copy. */
import { msg } from '@lit/localize';
import { CARE_ROLES, LONG_TEXT, SHORT_TEXT } from './plan-model.js';
const long = (name, label) => ({ kind: 'long', name, label, limit: LONG_TEXT });
const short = (name, label) => ({ kind: 'short', name, label, limit: SHORT_TEXT });
export function planSections() {
    return [
        {
            key: 'best',
            title: msg('When I am at my best'),
            prompt: msg('What are you like when you are doing well?'),
            example: msg('For example: I sleep through the night, I joke with the crew, I feel like cooking.'),
            fields: [long('atMyBest', msg('When I am at my best, I…'))],
        },
        {
            key: 'signs',
            title: msg('Early signs I am running low'),
            prompt: msg('What do you notice first when the tank is getting empty? What do the people around you notice?'),
            example: msg('For example: I stop answering texts. My partner says I go quiet. Coffee all day, no appetite.'),
            fields: [long('signsINotice', msg('What I notice')), long('signsOthersNotice', msg('What others notice'))],
        },
        {
            key: 'a-team',
            title: msg('My A-Team'),
            prompt: msg('People who have your back: whom you trust, who bring out your best, who show up even when it is inconvenient.'),
            example: msg('For example: Jo from B shift — listens without trying to fix it — 555-0100.'),
            fields: [
                { kind: 'people', name: 'aTeam', label: msg('Person'), listLabel: msg('People on my A-Team'), roleLabel: msg('How they help') },
                long('aTeamNeeds', msg('What I need from them')),
            ],
        },
        {
            key: 'body',
            title: msg('Body'),
            prompt: msg('What moves you, feeds you well and helps you rest?'),
            example: msg('For example: a walk with the dog after nights; oatmeal instead of vending-machine chips; phone away by 11 pm.'),
            fields: [long('movement', msg('Movement or exercise')), { kind: 'items', name: 'foods', label: msg('Food and snacks that help') }, long('sleep', msg('Sleep'))],
        },
        {
            key: 'mind',
            title: msg('Mind'),
            prompt: msg('Kind things you can tell yourself, and ways of calming down that work for you.'),
            example: msg('For example: “I did what I could with what I had.” Slow breathing in the truck before going home.'),
            fields: [long('kindWords', msg('Kind things I tell myself')), long('relaxation', msg('Relaxation or meditation that works for me'))],
        },
        {
            key: 'spirit',
            title: msg('Spirit and joy'),
            prompt: msg('What fills you back up, and what makes you laugh?'),
            example: msg('For example: fishing at dawn, Sunday service, old sitcoms with my sister.'),
            fields: [long('replenishes', msg('What replenishes me')), long('laughter', msg('What makes me laugh'))],
        },
        {
            key: 'care-team',
            title: msg('My care team'),
            prompt: msg('The people who look after you: a peer supporter, your doctor, a spiritual guide, a counselor, someone who cares for your body, your first circle.'),
            example: msg('For example: Dr. Lee (primary care); Pastor Ann; physio on Tuesdays.'),
            fields: [{ kind: 'people', name: 'careTeam', label: msg('Care team member'), listLabel: msg('People on my care team'), roleLabel: msg('Role') }],
        },
        {
            key: 'if-bad',
            title: msg('If things get bad'),
            prompt: msg('Who you will call first, and where to turn at any hour.'),
            example: msg('For example: my brother Sam first, 555-0199. Then the crisis line below.'),
            fields: [long('callFirst', msg('Who I call first')), long('ifBadNotes', msg('Other things that help when it is bad'))],
        },
        {
            key: 'commitment',
            title: msg('My commitment'),
            prompt: msg('One or two things you will do for yourself this week. Signing it makes it a promise to yourself.'),
            example: msg('For example: two walks, one call to Jo, bed by midnight on days off.'),
            fields: [long('commitment', msg('This week I will…')), short('signedName', msg('My name')), { kind: 'date', name: 'signedDate', label: msg('Date'), limit: 10 }],
        },
    ];
}
export function careRoleLabel(role) {
    switch (role) {
        case 'peer-supporter':
            return msg('Peer supporter');
        case 'primary-care':
            return msg('Primary care doctor');
        case 'spiritual-guide':
            return msg('Spiritual guide');
        case 'counselor':
            return msg('Counselor or therapist');
        case 'body-care':
            return msg('Someone who cares for my body (massage, physio…)');
        case 'first-circle':
            return msg('My first circle');
        default:
            return CARE_ROLES.includes(role) ? role : msg('Other');
    }
}
/** A readable copy for pasting into an email to a therapist: headings, then only what was written. */
export function planAsText(plan, crisisLine) {
    const lines = [msg('MY SELF-CARE PLAN'), ''];
    for (const section of planSections()) {
        const body = [];
        for (const field of section.fields) {
            if (field.kind === 'people') {
                for (const person of plan[field.name]) {
                    const role = field.name === 'careTeam' ? careRoleLabel(person.role) : person.role;
                    body.push(`- ${[person.name, role, person.contact].filter((part) => part.trim()).join(' — ')}`);
                }
            }
            else if (field.kind === 'items') {
                if (plan.foods.length)
                    body.push(`${field.label}: ${plan.foods.filter((food) => food.trim()).join(', ')}`);
            }
            else if (plan[field.name].trim()) {
                body.push(`${field.label}: ${plan[field.name].trim()}`);
            }
        }
        if (section.key === 'if-bad')
            body.push(crisisLine);
        if (body.length)
            lines.push(section.title.toUpperCase(), ...body, '');
    }
    return lines.join('\n').trim() + '\n';
}
