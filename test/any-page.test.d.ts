import '../src/peer-support.js';
import './support/rig.js';
