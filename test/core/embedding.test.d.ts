import '../../src/config/define.js';
import '../../src/request-form/define.js';
import '../../src/roster/define.js';
