import '../../src/crisis-line/define.js';
import '../support/rig.js';
