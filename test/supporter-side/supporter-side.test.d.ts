import '../../src/peer-support.js';
