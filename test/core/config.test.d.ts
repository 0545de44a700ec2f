import '../../src/config/define.js';
import '../../src/crisis-line/define.js';
import '../support/rig.js';
