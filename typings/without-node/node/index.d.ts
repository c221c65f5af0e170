// Empty on purpose: the answer to `/// <reference types="node" />` in configs whose runtime has no Node (see tsconfig.shared.json).
