#version 330 core
in float across;
flat in float half_width;
flat in vec4 v_rgba;
out vec4 colour;

void main() {
    float coverage = clamp(half_width + 0.5 - abs(across), 0.0, 1.0);
    if (coverage <= 0.0) discard;
    colour = vec4(v_rgba.rgb, v_rgba.a * coverage);
}
