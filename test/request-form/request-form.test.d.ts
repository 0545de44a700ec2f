import '../../src/request-form/define.js';
import '../../src/roster/define.js';
