import '../../src/config/define.js';
import '../../src/roster/define.js';
