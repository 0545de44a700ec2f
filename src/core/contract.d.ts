/**
 * The HTTP contract between the widgets and a backend (the reference server or an HR portal).
 *
 * Each schema here is plain JSON Schema, written once: the reference server validates requests and
 * serializes responses with it and builds `/api/openapi.json` from it; the widgets take their
 * TypeScript types from it (`FromSchema`, type-only) and use it at run time to make whatever a portal
 * sends safe to render (see `conform.ts`). Plain objects cost the bundle almost nothing.
 */
import type { FromSchema } from 'json-schema-to-ts';
export declare const AVAILABILITY_STATES: readonly ["available", "busy", "on-break", "off-duty"];
export declare const CHANNEL_KINDS: readonly ["phone", "text", "email", "video"];
export declare const RESOURCE_CATEGORIES: readonly ["crisis-line", "eap", "counseling", "chaplain", "support-group", "financial", "legal", "medical", "other"];
export declare const RESOURCE_COSTS: readonly ["free", "covered", "low-cost", "paid"];
export declare const RESOURCE_AUDIENCES: readonly ["staff", "family", "retirees"];
export declare const URGENCIES: readonly ["today", "few-days", "no-rush"];
export declare const ChannelSchema: {
    readonly $id: "Channel";
    readonly type: "object";
    readonly description: "One way to reach a supporter. `value` is a phone number, an email address or a video link.";
    readonly additionalProperties: false;
    readonly required: readonly ["kind", "value"];
    readonly properties: {
        readonly kind: {
            readonly type: "string";
            readonly enum: readonly ["phone", "text", "email", "video"];
        };
        readonly value: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly label: {
            readonly type: "string";
            readonly maxLength: number;
        };
    };
};
export declare const AvailabilitySchema: {
    readonly $id: "Availability";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["status", "since"];
    readonly properties: {
        readonly status: {
            readonly type: "string";
            readonly enum: readonly ["available", "busy", "on-break", "off-duty"];
        };
        readonly since: {
            readonly type: "string";
            readonly format: "date-time";
            readonly description: "When the supporter last set it.";
        };
        readonly until: {
            readonly type: "string";
            readonly format: "date-time";
            readonly description: "Optional: when it ends.";
        };
    };
};
export declare const SupporterSchema: {
    readonly $id: "Supporter";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["id", "displayName", "experiences", "languages", "channels", "availability"];
    readonly properties: {
        readonly id: {
            readonly type: "string";
            readonly pattern: "^[A-Za-z0-9_-]{1,64}$";
        };
        readonly displayName: {
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 80;
        };
        readonly pronouns: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly role: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly team: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly photoUrl: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly bio: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly experiences: {
            readonly type: "array";
            readonly maxItems: 20;
            readonly items: {
                readonly type: "string";
                readonly maxLength: number;
            };
            readonly description: "Lived-experience tags, e.g. \"line-of-duty loss\", \"veteran\", \"new parent\".";
        };
        readonly languages: {
            readonly type: "array";
            readonly maxItems: 12;
            readonly items: {
                readonly type: "string";
                readonly pattern: "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";
                readonly maxLength: 35;
            };
        };
        readonly channels: {
            readonly type: "array";
            readonly maxItems: 8;
            readonly items: {
                readonly $id: "Channel";
                readonly type: "object";
                readonly description: "One way to reach a supporter. `value` is a phone number, an email address or a video link.";
                readonly additionalProperties: false;
                readonly required: readonly ["kind", "value"];
                readonly properties: {
                    readonly kind: {
                        readonly type: "string";
                        readonly enum: readonly ["phone", "text", "email", "video"];
                    };
                    readonly value: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                    readonly label: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                };
            };
        };
        readonly availability: {
            readonly $id: "Availability";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["status", "since"];
            readonly properties: {
                readonly status: {
                    readonly type: "string";
                    readonly enum: readonly ["available", "busy", "on-break", "off-duty"];
                };
                readonly since: {
                    readonly type: "string";
                    readonly format: "date-time";
                    readonly description: "When the supporter last set it.";
                };
                readonly until: {
                    readonly type: "string";
                    readonly format: "date-time";
                    readonly description: "Optional: when it ends.";
                };
            };
        };
        readonly acceptsRequests: {
            readonly type: "boolean";
            readonly description: "Whether a request addressed to this supporter reaches them (the reference server: they have an active account). Absent means the backend does not say; the widgets then offer them.";
        };
    };
};
export declare const SupporterListSchema: {
    readonly $id: "SupporterList";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["items"];
    readonly properties: {
        readonly items: {
            readonly type: "array";
            readonly items: {
                readonly $id: "Supporter";
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["id", "displayName", "experiences", "languages", "channels", "availability"];
                readonly properties: {
                    readonly id: {
                        readonly type: "string";
                        readonly pattern: "^[A-Za-z0-9_-]{1,64}$";
                    };
                    readonly displayName: {
                        readonly type: "string";
                        readonly minLength: 1;
                        readonly maxLength: 80;
                    };
                    readonly pronouns: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                    readonly role: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                    readonly team: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                    readonly photoUrl: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                    readonly bio: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                    readonly experiences: {
                        readonly type: "array";
                        readonly maxItems: 20;
                        readonly items: {
                            readonly type: "string";
                            readonly maxLength: number;
                        };
                        readonly description: "Lived-experience tags, e.g. \"line-of-duty loss\", \"veteran\", \"new parent\".";
                    };
                    readonly languages: {
                        readonly type: "array";
                        readonly maxItems: 12;
                        readonly items: {
                            readonly type: "string";
                            readonly pattern: "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";
                            readonly maxLength: 35;
                        };
                    };
                    readonly channels: {
                        readonly type: "array";
                        readonly maxItems: 8;
                        readonly items: {
                            readonly $id: "Channel";
                            readonly type: "object";
                            readonly description: "One way to reach a supporter. `value` is a phone number, an email address or a video link.";
                            readonly additionalProperties: false;
                            readonly required: readonly ["kind", "value"];
                            readonly properties: {
                                readonly kind: {
                                    readonly type: "string";
                                    readonly enum: readonly ["phone", "text", "email", "video"];
                                };
                                readonly value: {
                                    readonly type: "string";
                                    readonly maxLength: number;
                                };
                                readonly label: {
                                    readonly type: "string";
                                    readonly maxLength: number;
                                };
                            };
                        };
                    };
                    readonly availability: {
                        readonly $id: "Availability";
                        readonly type: "object";
                        readonly additionalProperties: false;
                        readonly required: readonly ["status", "since"];
                        readonly properties: {
                            readonly status: {
                                readonly type: "string";
                                readonly enum: readonly ["available", "busy", "on-break", "off-duty"];
                            };
                            readonly since: {
                                readonly type: "string";
                                readonly format: "date-time";
                                readonly description: "When the supporter last set it.";
                            };
                            readonly until: {
                                readonly type: "string";
                                readonly format: "date-time";
                                readonly description: "Optional: when it ends.";
                            };
                        };
                    };
                    readonly acceptsRequests: {
                        readonly type: "boolean";
                        readonly description: "Whether a request addressed to this supporter reaches them (the reference server: they have an active account). Absent means the backend does not say; the widgets then offer them.";
                    };
                };
            };
        };
        readonly updatedAt: {
            readonly type: "string";
            readonly format: "date-time";
        };
    };
};
export declare const ResourcePhoneSchema: {
    readonly $id: "ResourcePhone";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["number", "kind"];
    readonly properties: {
        readonly number: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly kind: {
            readonly type: "string";
            readonly enum: readonly ["voice", "text"];
        };
        readonly label: {
            readonly type: "string";
            readonly maxLength: number;
        };
    };
};
export declare const OpeningHoursSchema: {
    readonly $id: "OpeningHours";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["day", "opens", "closes"];
    readonly properties: {
        readonly day: {
            readonly type: "integer";
            readonly minimum: 0;
            readonly maximum: 6;
            readonly description: "0 = Sunday.";
        };
        readonly opens: {
            readonly type: "string";
            readonly pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$";
        };
        readonly closes: {
            readonly type: "string";
            readonly pattern: "^([01][0-9]|2[0-4]):[0-5][0-9]$";
        };
    };
};
export declare const ResourceSchema: {
    readonly $id: "Resource";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["id", "name", "category", "phones", "hours", "confidential", "cost", "languages", "audiences", "verifiedOn"];
    readonly properties: {
        readonly id: {
            readonly type: "string";
            readonly pattern: "^[A-Za-z0-9_-]{1,64}$";
        };
        readonly name: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly category: {
            readonly type: "string";
            readonly enum: readonly ["crisis-line", "eap", "counseling", "chaplain", "support-group", "financial", "legal", "medical", "other"];
        };
        readonly description: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly phones: {
            readonly type: "array";
            readonly maxItems: 8;
            readonly items: {
                readonly $id: "ResourcePhone";
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["number", "kind"];
                readonly properties: {
                    readonly number: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                    readonly kind: {
                        readonly type: "string";
                        readonly enum: readonly ["voice", "text"];
                    };
                    readonly label: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                };
            };
        };
        readonly url: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly email: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly hours: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["is24x7"];
            readonly properties: {
                readonly is24x7: {
                    readonly type: "boolean";
                };
                readonly timeZone: {
                    readonly type: "string";
                    readonly maxLength: number;
                };
                readonly schedule: {
                    readonly type: "array";
                    readonly maxItems: 28;
                    readonly items: {
                        readonly $id: "OpeningHours";
                        readonly type: "object";
                        readonly additionalProperties: false;
                        readonly required: readonly ["day", "opens", "closes"];
                        readonly properties: {
                            readonly day: {
                                readonly type: "integer";
                                readonly minimum: 0;
                                readonly maximum: 6;
                                readonly description: "0 = Sunday.";
                            };
                            readonly opens: {
                                readonly type: "string";
                                readonly pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$";
                            };
                            readonly closes: {
                                readonly type: "string";
                                readonly pattern: "^([01][0-9]|2[0-4]):[0-5][0-9]$";
                            };
                        };
                    };
                };
                readonly note: {
                    readonly type: "string";
                    readonly maxLength: number;
                };
            };
        };
        readonly confidential: {
            readonly type: "boolean";
        };
        readonly cost: {
            readonly type: "string";
            readonly enum: readonly ["free", "covered", "low-cost", "paid"];
        };
        readonly costNote: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly languages: {
            readonly type: "array";
            readonly maxItems: 24;
            readonly items: {
                readonly type: "string";
                readonly pattern: "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";
                readonly maxLength: 35;
            };
        };
        readonly audiences: {
            readonly type: "array";
            readonly maxItems: 3;
            readonly items: {
                readonly type: "string";
                readonly enum: readonly ["staff", "family", "retirees"];
            };
        };
        readonly verifiedOn: {
            readonly type: "string";
            readonly format: "date";
            readonly description: "The day someone last checked the listing.";
        };
    };
};
export declare const ResourceListSchema: {
    readonly $id: "ResourceList";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["items"];
    readonly properties: {
        readonly items: {
            readonly type: "array";
            readonly items: {
                readonly $id: "Resource";
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["id", "name", "category", "phones", "hours", "confidential", "cost", "languages", "audiences", "verifiedOn"];
                readonly properties: {
                    readonly id: {
                        readonly type: "string";
                        readonly pattern: "^[A-Za-z0-9_-]{1,64}$";
                    };
                    readonly name: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                    readonly category: {
                        readonly type: "string";
                        readonly enum: readonly ["crisis-line", "eap", "counseling", "chaplain", "support-group", "financial", "legal", "medical", "other"];
                    };
                    readonly description: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                    readonly phones: {
                        readonly type: "array";
                        readonly maxItems: 8;
                        readonly items: {
                            readonly $id: "ResourcePhone";
                            readonly type: "object";
                            readonly additionalProperties: false;
                            readonly required: readonly ["number", "kind"];
                            readonly properties: {
                                readonly number: {
                                    readonly type: "string";
                                    readonly maxLength: number;
                                };
                                readonly kind: {
                                    readonly type: "string";
                                    readonly enum: readonly ["voice", "text"];
                                };
                                readonly label: {
                                    readonly type: "string";
                                    readonly maxLength: number;
                                };
                            };
                        };
                    };
                    readonly url: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                    readonly email: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                    readonly hours: {
                        readonly type: "object";
                        readonly additionalProperties: false;
                        readonly required: readonly ["is24x7"];
                        readonly properties: {
                            readonly is24x7: {
                                readonly type: "boolean";
                            };
                            readonly timeZone: {
                                readonly type: "string";
                                readonly maxLength: number;
                            };
                            readonly schedule: {
                                readonly type: "array";
                                readonly maxItems: 28;
                                readonly items: {
                                    readonly $id: "OpeningHours";
                                    readonly type: "object";
                                    readonly additionalProperties: false;
                                    readonly required: readonly ["day", "opens", "closes"];
                                    readonly properties: {
                                        readonly day: {
                                            readonly type: "integer";
                                            readonly minimum: 0;
                                            readonly maximum: 6;
                                            readonly description: "0 = Sunday.";
                                        };
                                        readonly opens: {
                                            readonly type: "string";
                                            readonly pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$";
                                        };
                                        readonly closes: {
                                            readonly type: "string";
                                            readonly pattern: "^([01][0-9]|2[0-4]):[0-5][0-9]$";
                                        };
                                    };
                                };
                            };
                            readonly note: {
                                readonly type: "string";
                                readonly maxLength: number;
                            };
                        };
                    };
                    readonly confidential: {
                        readonly type: "boolean";
                    };
                    readonly cost: {
                        readonly type: "string";
                        readonly enum: readonly ["free", "covered", "low-cost", "paid"];
                    };
                    readonly costNote: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                    readonly languages: {
                        readonly type: "array";
                        readonly maxItems: 24;
                        readonly items: {
                            readonly type: "string";
                            readonly pattern: "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";
                            readonly maxLength: 35;
                        };
                    };
                    readonly audiences: {
                        readonly type: "array";
                        readonly maxItems: 3;
                        readonly items: {
                            readonly type: "string";
                            readonly enum: readonly ["staff", "family", "retirees"];
                        };
                    };
                    readonly verifiedOn: {
                        readonly type: "string";
                        readonly format: "date";
                        readonly description: "The day someone last checked the listing.";
                    };
                };
            };
        };
        readonly updatedAt: {
            readonly type: "string";
            readonly format: "date-time";
        };
    };
};
export declare const SupportRequestSchema: {
    readonly $id: "SupportRequest";
    readonly type: "object";
    readonly description: "A request for a supporter to get in touch. `id` is made on the device and equals the Idempotency-Key.";
    readonly additionalProperties: false;
    readonly required: readonly ["id", "name", "channel", "urgency", "acknowledgedConfidentiality"];
    readonly properties: {
        readonly id: {
            readonly type: "string";
            readonly format: "uuid";
        };
        readonly supporterId: {
            readonly description: "Omit for \"anyone on the team\".";
            readonly type: "string";
            readonly pattern: "^[A-Za-z0-9_-]{1,64}$";
        };
        readonly preferences: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly notMyTeam: {
                    readonly type: "boolean";
                };
                readonly team: {
                    readonly description: "The requester's own team, sent with notMyTeam so that the server keeps the request from supporters of that team. Required when notMyTeam is true.";
                    readonly type: "string";
                    readonly maxLength: number;
                };
                readonly sharedExperience: {
                    readonly type: "string";
                    readonly maxLength: number;
                };
                readonly language: {
                    readonly type: "string";
                    readonly pattern: "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";
                    readonly maxLength: 35;
                };
            };
        };
        readonly name: {
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 60;
            readonly description: "What to call the person; a first name is enough.";
        };
        readonly channel: {
            readonly $id: "Channel";
            readonly type: "object";
            readonly description: "One way to reach a supporter. `value` is a phone number, an email address or a video link.";
            readonly additionalProperties: false;
            readonly required: readonly ["kind", "value"];
            readonly properties: {
                readonly kind: {
                    readonly type: "string";
                    readonly enum: readonly ["phone", "text", "email", "video"];
                };
                readonly value: {
                    readonly type: "string";
                    readonly maxLength: number;
                };
                readonly label: {
                    readonly type: "string";
                    readonly maxLength: number;
                };
            };
        };
        readonly bestTimes: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly urgency: {
            readonly type: "string";
            readonly enum: readonly ["today", "few-days", "no-rush"];
        };
        readonly message: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly referral: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["personAgreed"];
            readonly properties: {
                readonly personAgreed: {
                    readonly type: "boolean";
                    readonly const: true;
                };
            };
        };
        readonly acknowledgedConfidentiality: {
            readonly type: "boolean";
            readonly const: true;
        };
    };
};
export declare const RequestReceiptSchema: {
    readonly $id: "RequestReceipt";
    readonly type: "object";
    readonly description: "\"received\": the request is waiting for a supporter, with when it arrived and by when someone should get in touch. \"closed\": a resend of a request that reached the team and has since been closed; it is delivered, nothing else is said (no times), and the answer is the same whatever body was resent.";
    readonly additionalProperties: false;
    readonly required: readonly ["id", "status"];
    readonly properties: {
        readonly id: {
            readonly type: "string";
        };
        readonly status: {
            readonly type: "string";
            readonly enum: readonly ["received", "closed"];
        };
        readonly receivedAt: {
            readonly type: "string";
            readonly format: "date-time";
            readonly description: "Only with status \"received\".";
        };
        readonly respondBy: {
            readonly type: "string";
            readonly format: "date-time";
            readonly description: "Only with status \"received\".";
        };
    };
};
export declare const ProblemSchema: {
    readonly $id: "Problem";
    readonly type: "object";
    readonly description: "RFC 9457 problem details. `detail` is written for a person.";
    readonly additionalProperties: true;
    readonly required: readonly ["title", "status"];
    readonly properties: {
        readonly type: {
            readonly type: "string";
        };
        readonly title: {
            readonly type: "string";
        };
        readonly status: {
            readonly type: "integer";
        };
        readonly detail: {
            readonly type: "string";
        };
        readonly instance: {
            readonly type: "string";
        };
        readonly errors: {
            readonly type: "array";
            readonly items: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["field", "message"];
                readonly properties: {
                    readonly field: {
                        readonly type: "string";
                    };
                    readonly message: {
                        readonly type: "string";
                    };
                };
            };
        };
    };
};
export declare const CONTACT_KINDS: readonly ["one-on-one", "group", "defusing", "debriefing", "follow-up", "family", "referral"];
export declare const CONTACT_ORIGINS: readonly ["self-referred", "peer-outreach", "supervisor", "after-incident"];
export declare const CONTACT_TOPICS: readonly ["work-stress", "critical-incident", "grief", "relationships", "family", "health", "substance-use", "financial", "burnout", "other"];
export declare const REFERRAL_TARGETS: readonly ["none", "eap", "counselor", "chaplain", "medical", "crisis-line"];
/**
 * An anonymous record of one support contact. No names, no free text, no exact times: the ISO
 * week (`2026-W48`) is the finest date the server accepts.
 */
export declare const ContactLogSchema: {
    readonly $id: "ContactLog";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["id", "week", "kind", "origin", "durationMinutes", "people", "topics", "referredTo"];
    readonly properties: {
        readonly id: {
            readonly type: "string";
            readonly format: "uuid";
        };
        readonly week: {
            readonly type: "string";
            readonly pattern: "^[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])$";
            readonly description: "ISO week, e.g. 2026-W48.";
        };
        readonly kind: {
            readonly type: "string";
            readonly enum: readonly ["one-on-one", "group", "defusing", "debriefing", "follow-up", "family", "referral"];
        };
        readonly origin: {
            readonly type: "string";
            readonly enum: readonly ["self-referred", "peer-outreach", "supervisor", "after-incident"];
        };
        readonly durationMinutes: {
            readonly type: "integer";
            readonly minimum: 15;
            readonly maximum: 480;
            readonly multipleOf: 15;
        };
        readonly people: {
            readonly type: "integer";
            readonly minimum: 1;
            readonly maximum: 50;
            readonly description: "How many people were supported (a group counts each).";
        };
        readonly topics: {
            readonly type: "array";
            readonly uniqueItems: true;
            readonly maxItems: 10;
            readonly items: {
                readonly type: "string";
                readonly enum: readonly ["work-stress", "critical-incident", "grief", "relationships", "family", "health", "substance-use", "financial", "burnout", "other"];
            };
        };
        readonly referredTo: {
            readonly type: "array";
            readonly uniqueItems: true;
            readonly minItems: 1;
            readonly maxItems: 6;
            readonly items: {
                readonly type: "string";
                readonly enum: readonly ["none", "eap", "counselor", "chaplain", "medical", "crisis-line"];
            };
        };
        readonly firstContact: {
            readonly type: "boolean";
            readonly description: "The first time I spoke with this person, or these people, about this. Absent means no.";
        };
    };
};
/**
 * Program impact for closed periods only: a month is published once none of its weeks can still be
 * logged, a quarter once its three months are, and a published number never changes afterwards.
 * Months carry totals; kinds, topics and referrals are published per quarter only.
 */
export declare const StatsSchema: {
    readonly $id: "Stats";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["period", "threshold", "contactWeeksBack", "rows", "notYetPublished"];
    readonly properties: {
        readonly period: {
            readonly type: "string";
            readonly enum: readonly ["month", "quarter"];
        };
        readonly threshold: {
            readonly type: "integer";
            readonly description: "Counts below this (0 included) are published as null.";
        };
        readonly contactWeeksBack: {
            readonly type: "integer";
            readonly minimum: 0;
            readonly description: "Contacts can be logged for the current ISO week and this many weeks before it.";
        };
        readonly rows: {
            readonly type: "array";
            readonly description: "Every closed month (or quarter) from the first quarter with a contact, oldest first; a month with nothing logged is a row of nulls, never missing.";
            readonly items: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["period", "contacts", "hours", "peopleInContacts", "newPeople"];
                readonly properties: {
                    readonly period: {
                        readonly type: "string";
                        readonly description: "2026-11 or 2026-Q4";
                    };
                    readonly contacts: {
                        readonly type: readonly ["integer", "null"];
                    };
                    readonly hours: {
                        readonly description: "Hours spent, rounded; hidden whenever contacts are.";
                        readonly type: readonly ["integer", "null"];
                    };
                    readonly peopleInContacts: {
                        readonly description: "The people in each contact, added up: someone met twice counts twice.";
                        readonly type: readonly ["integer", "null"];
                    };
                    readonly newPeople: {
                        readonly description: "The people in contacts marked as a first contact: people reached for the first time.";
                        readonly type: readonly ["integer", "null"];
                    };
                    readonly kinds: {
                        readonly description: "Quarters only.";
                        readonly type: "object";
                        readonly additionalProperties: {
                            readonly type: readonly ["integer", "null"];
                        };
                    };
                    readonly topics: {
                        readonly description: "Quarters only. A contact can have several topics, or none.";
                        readonly type: "object";
                        readonly additionalProperties: {
                            readonly type: readonly ["integer", "null"];
                        };
                    };
                    readonly referrals: {
                        readonly description: "Quarters only. A contact can have several referrals.";
                        readonly type: "object";
                        readonly additionalProperties: {
                            readonly type: readonly ["integer", "null"];
                        };
                    };
                };
            };
        };
        readonly notYetPublished: {
            readonly type: "array";
            readonly description: "Periods that are still open, with the moment their numbers appear.";
            readonly items: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["period", "publishedFrom"];
                readonly properties: {
                    readonly period: {
                        readonly type: "string";
                    };
                    readonly publishedFrom: {
                        readonly type: "string";
                        readonly format: "date-time";
                    };
                };
            };
        };
    };
};
export declare const InboxItemSchema: {
    readonly $id: "InboxItem";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["id", "status", "urgency", "receivedAt", "respondBy", "overdue"];
    readonly properties: {
        readonly id: {
            readonly type: "string";
        };
        readonly status: {
            readonly type: "string";
            readonly enum: readonly ["open", "claimed", "contacted"];
        };
        readonly supporterId: {
            readonly type: "string";
        };
        readonly claimedBy: {
            readonly type: "string";
        };
        readonly claimedByMe: {
            readonly type: "boolean";
        };
        readonly urgency: {
            readonly type: "string";
            readonly enum: readonly ["today", "few-days", "no-rush"];
        };
        readonly receivedAt: {
            readonly type: "string";
            readonly format: "date-time";
        };
        readonly respondBy: {
            readonly type: "string";
            readonly format: "date-time";
        };
        readonly overdue: {
            readonly type: "boolean";
        };
        readonly name: {
            readonly type: "string";
        };
        readonly channel: {
            readonly $id: "Channel";
            readonly type: "object";
            readonly description: "One way to reach a supporter. `value` is a phone number, an email address or a video link.";
            readonly additionalProperties: false;
            readonly required: readonly ["kind", "value"];
            readonly properties: {
                readonly kind: {
                    readonly type: "string";
                    readonly enum: readonly ["phone", "text", "email", "video"];
                };
                readonly value: {
                    readonly type: "string";
                    readonly maxLength: number;
                };
                readonly label: {
                    readonly type: "string";
                    readonly maxLength: number;
                };
            };
        };
        readonly bestTimes: {
            readonly type: "string";
        };
        readonly message: {
            readonly type: "string";
        };
        readonly preferences: {
            readonly type: "object";
            readonly additionalProperties: true;
        };
        readonly referral: {
            readonly type: "boolean";
        };
        readonly view: {
            readonly type: "string";
            readonly enum: readonly ["full", "preview", "summary"];
            readonly description: "\"full\": everything the person shared (the addressed supporter, or whoever took it). \"preview\": an \"anyone\" request not yet taken, shown to the team with a first name, urgency and preferences only. \"summary\": what a coordinator sees unless the program lets them read requests (that it exists, for whom, how urgent, respond-by).";
        };
        readonly returnedReason: {
            readonly type: "string";
            readonly enum: readonly ["supporter-left"];
            readonly description: "Why it came back to the team: \"supporter-left\" when the supporter it was addressed to (or who had taken it) left the roster.";
        };
    };
};
export declare const InboxSchema: {
    readonly $id: "Inbox";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["items", "eraseAfterMinutes"];
    readonly properties: {
        readonly items: {
            readonly type: "array";
            readonly items: {
                readonly $id: "InboxItem";
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["id", "status", "urgency", "receivedAt", "respondBy", "overdue"];
                readonly properties: {
                    readonly id: {
                        readonly type: "string";
                    };
                    readonly status: {
                        readonly type: "string";
                        readonly enum: readonly ["open", "claimed", "contacted"];
                    };
                    readonly supporterId: {
                        readonly type: "string";
                    };
                    readonly claimedBy: {
                        readonly type: "string";
                    };
                    readonly claimedByMe: {
                        readonly type: "boolean";
                    };
                    readonly urgency: {
                        readonly type: "string";
                        readonly enum: readonly ["today", "few-days", "no-rush"];
                    };
                    readonly receivedAt: {
                        readonly type: "string";
                        readonly format: "date-time";
                    };
                    readonly respondBy: {
                        readonly type: "string";
                        readonly format: "date-time";
                    };
                    readonly overdue: {
                        readonly type: "boolean";
                    };
                    readonly name: {
                        readonly type: "string";
                    };
                    readonly channel: {
                        readonly $id: "Channel";
                        readonly type: "object";
                        readonly description: "One way to reach a supporter. `value` is a phone number, an email address or a video link.";
                        readonly additionalProperties: false;
                        readonly required: readonly ["kind", "value"];
                        readonly properties: {
                            readonly kind: {
                                readonly type: "string";
                                readonly enum: readonly ["phone", "text", "email", "video"];
                            };
                            readonly value: {
                                readonly type: "string";
                                readonly maxLength: number;
                            };
                            readonly label: {
                                readonly type: "string";
                                readonly maxLength: number;
                            };
                        };
                    };
                    readonly bestTimes: {
                        readonly type: "string";
                    };
                    readonly message: {
                        readonly type: "string";
                    };
                    readonly preferences: {
                        readonly type: "object";
                        readonly additionalProperties: true;
                    };
                    readonly referral: {
                        readonly type: "boolean";
                    };
                    readonly view: {
                        readonly type: "string";
                        readonly enum: readonly ["full", "preview", "summary"];
                        readonly description: "\"full\": everything the person shared (the addressed supporter, or whoever took it). \"preview\": an \"anyone\" request not yet taken, shown to the team with a first name, urgency and preferences only. \"summary\": what a coordinator sees unless the program lets them read requests (that it exists, for whom, how urgent, respond-by).";
                    };
                    readonly returnedReason: {
                        readonly type: "string";
                        readonly enum: readonly ["supporter-left"];
                        readonly description: "Why it came back to the team: \"supporter-left\" when the supporter it was addressed to (or who had taken it) left the roster.";
                    };
                };
            };
        };
        readonly eraseAfterMinutes: {
            readonly type: "integer";
            readonly description: "Minutes after closing before name, contact details and message are erased.";
        };
    };
};
export declare const COORDINATOR_READS: readonly ["none", "overdue", "all"];
/**
 * The facts behind the request form's confidentiality notice, stated by the server that enforces
 * them, so the words never promise more than the backend does. A program can add its own limits in
 * `notes`; it cannot take these facts away.
 */
export declare const ProgramPolicySchema: {
    readonly $id: "ProgramPolicy";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["coordinatorReads", "eraseAfterMinutes", "responseWindowHours"];
    readonly properties: {
        readonly coordinatorReads: {
            readonly type: "string";
            readonly enum: readonly ["none", "overdue", "all"];
            readonly description: "When a coordinator may read a request's name, contact details and message: \"none\" (never; they see only that it exists, its urgency and respond-by), \"overdue\" (once nobody has been in touch by respond-by), \"all\" (the program triages through its coordinator).";
        };
        readonly eraseAfterMinutes: {
            readonly type: "integer";
            readonly minimum: 0;
            readonly description: "Minutes between closing a request and erasing what identifies the person.";
        };
        readonly responseWindowHours: {
            readonly type: "number";
            readonly exclusiveMinimum: 0;
            readonly description: "How soon someone is expected to get in touch.";
        };
        readonly notes: {
            readonly type: "array";
            readonly maxItems: 10;
            readonly items: {
                readonly type: "string";
                readonly maxLength: number;
            };
            readonly description: "Program-specific limits, shown after the facts above.";
        };
    };
};
export declare const AvailabilityUpdateSchema: {
    readonly $id: "AvailabilityUpdate";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["status"];
    readonly properties: {
        readonly status: {
            readonly type: "string";
            readonly enum: readonly ["available", "busy", "on-break", "off-duty"];
        };
        readonly until: {
            readonly type: "string";
            readonly format: "date-time";
        };
    };
};
export declare const SessionSchema: {
    readonly $id: "Session";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["accountId", "role", "displayName", "csrfToken"];
    readonly properties: {
        readonly accountId: {
            readonly type: "string";
        };
        readonly role: {
            readonly type: "string";
            readonly enum: readonly ["supporter", "coordinator"];
        };
        readonly supporterId: {
            readonly type: "string";
        };
        readonly displayName: {
            readonly type: "string";
        };
        readonly csrfToken: {
            readonly type: "string";
            readonly description: "Send as X-CSRF-Token on every write made with the session cookie.";
        };
        readonly sessionToken: {
            readonly type: "string";
            readonly description: "Only when a bearer session was asked for.";
        };
    };
};
export type ContactLog = FromSchema<typeof ContactLogSchema>;
export type Stats = FromSchema<typeof StatsSchema>;
export type InboxItem = FromSchema<typeof InboxItemSchema>;
export type Inbox = FromSchema<typeof InboxSchema>;
export type Session = FromSchema<typeof SessionSchema>;
export type Channel = FromSchema<typeof ChannelSchema>;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export type AvailabilityState = (typeof AVAILABILITY_STATES)[number];
export type Availability = FromSchema<typeof AvailabilitySchema>;
export type Supporter = FromSchema<typeof SupporterSchema>;
export type SupporterList = FromSchema<typeof SupporterListSchema>;
export type Resource = FromSchema<typeof ResourceSchema>;
export type ResourceList = FromSchema<typeof ResourceListSchema>;
export type ResourceCategory = (typeof RESOURCE_CATEGORIES)[number];
export type SupportRequest = FromSchema<typeof SupportRequestSchema>;
export type RequestReceipt = FromSchema<typeof RequestReceiptSchema>;
export type Problem = FromSchema<typeof ProblemSchema>;
export type ProgramPolicy = FromSchema<typeof ProgramPolicySchema>;
export type CoordinatorReads = (typeof COORDINATOR_READS)[number];
/** The resources of the contract; each maps to a path under the configured endpoint. */
export type PeerResourceName = 'supporters' | 'resources' | 'requests' | 'contacts' | 'stats' | 'inbox' | 'availability' | 'session' | 'policy';
