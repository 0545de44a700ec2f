import '../../src/self-care-plan/define.js';
import '../support/rig.js';
