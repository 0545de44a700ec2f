// The one-file bundle an intranet page loads: registers every element and exposes `configure()`.
import './config/define.js';
import './crisis-line/define.js';
import './roster/define.js';
import './request-form/define.js';
import './self-care-plan/define.js';
import './resource-directory/define.js';
import './request-inbox/define.js';
import './availability/define.js';
import './contact-log/define.js';
import './program-stats/define.js';
import './follow-ups/define.js';
import './supporter-session/define.js';
import './notifications/define.js';

export * from './index.js';
