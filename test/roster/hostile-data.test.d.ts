import '../../src/roster/define.js';
