#version 330 core
// One instance per cell or outline: a rounded rectangle in frame units, mapped to clip space.
layout(location = 0) in vec2 corner;        // unit quad, (0,0) .. (1,1)
layout(location = 1) in vec4 rect;          // x, y, w, h in frame units
layout(location = 2) in vec4 fill;          // straight RGBA
layout(location = 3) in vec4 border;        // straight RGBA
layout(location = 4) in vec4 style;         // border width, corner radius, dashed (0/1), dash length (frame units)

uniform vec2 frame_to_pixels_scale;          // pixels per frame unit, x and y
uniform vec2 frame_to_pixels_offset;         // pixel position of the frame's origin
uniform vec2 target_size;                    // pixels

out vec2 local;             // position inside the rect, frame units, from its centre
flat out vec2 half_size;
flat out vec4 v_fill;
flat out vec4 v_border;
flat out vec4 v_style;

void main() {
    // Grow the quad by a pixel so the anti-aliased edge is not clipped.
    float pad = 1.0 / frame_to_pixels_scale.x;
    vec2 size = rect.zw + vec2(2.0 * pad);
    vec2 p = rect.xy - vec2(pad) + corner * size;
    half_size = rect.zw * 0.5;
    local = p - (rect.xy + half_size);
    v_fill = fill;
    v_border = border;
    v_style = style;
    vec2 pixel = p * frame_to_pixels_scale + frame_to_pixels_offset;
    vec2 ndc = pixel / target_size * 2.0 - 1.0;
    gl_Position = vec4(ndc.x, -ndc.y, 0.0, 1.0);
}
