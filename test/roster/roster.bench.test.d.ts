import '../support/rig.js';
