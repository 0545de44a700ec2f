/** Plain words for the contact log's fixed lists (shared by the log and the impact report). */
import { msg } from '@lit/localize';
export function kindLabel(kind) {
    const words = {
        'one-on-one': () => msg('One-on-one'),
        group: () => msg('Group'),
        defusing: () => msg('Defusing'),
        debriefing: () => msg('Debriefing'),
        'follow-up': () => msg('Follow-up'),
        family: () => msg('Family'),
        referral: () => msg('Referral'),
    };
    return words[kind]?.() ?? kind;
}
export function originLabel(origin) {
    const words = {
        'self-referred': () => msg('They reached out'),
        'peer-outreach': () => msg('I reached out'),
        supervisor: () => msg('A supervisor asked'),
        'after-incident': () => msg('After an incident'),
    };
    return words[origin]?.() ?? origin;
}
export function topicLabel(topic) {
    const words = {
        'work-stress': () => msg('Work stress'),
        'critical-incident': () => msg('Critical incident'),
        grief: () => msg('Grief or loss'),
        relationships: () => msg('Relationships'),
        family: () => msg('Family'),
        health: () => msg('Health'),
        'substance-use': () => msg('Alcohol or drugs'),
        financial: () => msg('Money'),
        burnout: () => msg('Burnout'),
        other: () => msg('Something else'),
    };
    return words[topic]?.() ?? topic;
}
export function referralLabel(target) {
    const words = {
        none: () => msg('No referral'),
        eap: () => msg('EAP'),
        counselor: () => msg('Counselor'),
        chaplain: () => msg('Chaplain'),
        medical: () => msg('Medical'),
        'crisis-line': () => msg('Crisis line'),
    };
    return words[target]?.() ?? target;
}
