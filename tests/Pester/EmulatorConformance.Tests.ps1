# The emulator as a third-party client meets it: raw HTTP, asserting what the spec (sections 1 and 4) says Imgur
# answers. docs/emulator.md cites these tests for the conventions and quirks they show.
BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot '../../src/ImgurPS.Emulator/ImgurEmulator.psm1') -Force

    $credential = Get-EmulatorCredential

    function Invoke-Emulator {
        <# One raw request; -Auth picks the Authorization header (client, bearer, none, or a header value of its own). #>
        param(
            [Parameter(Mandatory)] [string] $Path,
            [string] $Method = 'GET',
            [string] $Auth = 'client',
            $Body,
            # Multipart fields, as Invoke-WebRequest -Form takes them.
            [hashtable] $Form,
            [string] $ContentType = 'application/x-www-form-urlencoded',
            [hashtable] $Headers = @{},
            [uri] $BaseUri = (Get-EmulatorUri)
        )
        $sent = @{} + $Headers
        switch ($Auth) {
            'client' { $sent.Authorization = "Client-ID $($credential.clientId)" }
            'bearer' { $sent.Authorization = "Bearer $($credential.accessToken)" }
            'none' { }
            default { $sent.Authorization = $Auth }
        }
        $request = @{ Method = $Method; Uri = "$BaseUri$Path"; Headers = $sent; SkipHttpErrorCheck = $true }
        if ($null -ne $Body) { $request.Body = $Body; $request.ContentType = $ContentType }
        if ($Form) { $request.Form = $Form }
        Invoke-WebRequest @request
    }

    function Read-Envelope {
        param([Parameter(Mandatory, ValueFromPipeline)] $Response)
        # Invoke-WebRequest gives bytes for media types it does not know as text, such as application/vnd.api+json.
        process { $(if ($Response.Content -is [byte[]]) { [System.Text.Encoding]::UTF8.GetString($Response.Content) } else { $Response.Content }) | ConvertFrom-Json }
    }

    function Get-Header {
        param([Parameter(Mandatory)] $Response, [Parameter(Mandatory)] [string] $Name)
        $value = $Response.Headers[$Name]
        if ($null -ne $value) { $value -join ', ' }
    }

    $pngBytes = [System.IO.File]::ReadAllBytes((Join-Path $PSScriptRoot '../../samples/sunrise.png'))
}

Describe 'Credentials (spec 1.2, Q21)' {
    BeforeAll { Reset-Emulator }

    It 'answers 401 "Authentication required" in the error envelope to a request without an Authorization header' {
        $response = Invoke-Emulator -Path '3/image/EmuImg1' -Auth none

        $response.StatusCode | Should -Be 401
        $envelope = $response | Read-Envelope
        $envelope.success | Should -BeFalse
        $envelope.status | Should -Be 401
        $envelope.data.error | Should -Be 'Authentication required'
        $envelope.data.request | Should -Be '/3/image/EmuImg1'
        $envelope.data.method | Should -Be 'GET'
    }

    It 'answers 403 "malformed auth header" to an Authorization header with an unknown scheme' {
        $response = Invoke-Emulator -Path '3/image/EmuImg1' -Auth 'Basic ZW11bGF0b3I6c2VjcmV0'

        $response.StatusCode | Should -Be 403
        $envelope = $response | Read-Envelope
        $envelope.status | Should -Be 403
        $envelope.data.error | Should -Be 'malformed auth header'
    }

    It 'answers 401 to "me" called with a Client-ID, and the token owner to "me" called with Bearer' {
        $anonymous = Invoke-Emulator -Path '3/account/me' -Auth client
        $signedIn = Invoke-Emulator -Path '3/account/me' -Auth bearer

        $anonymous.StatusCode | Should -Be 401
        ($anonymous | Read-Envelope).data.error | Should -Be 'Authentication required'
        $signedIn.StatusCode | Should -Be 200
        ($signedIn | Read-Envelope).data.url | Should -Be $credential.username
    }

    It 'issues access and refresh tokens of 40 hex digits' {
        $response = Invoke-Emulator -Path 'oauth2/token' -Method POST -Auth none -Body @{
            grant_type = 'refresh_token'; refresh_token = $credential.refreshToken
            client_id = $credential.clientId; client_secret = $credential.clientSecret
        }

        $response.StatusCode | Should -Be 200
        $token = $response | Read-Envelope
        $token.access_token | Should -MatchExactly '^[0-9a-f]{40}$'
        $token.refresh_token | Should -Be $credential.refreshToken -Because 'the seeded refresh token is kept without --rotate-refresh-tokens'
    }
}

Describe 'Identifiers (spec 1.1, 1.13)' {
    BeforeAll { Reset-Emulator }

    It 'treats image ids as case-sensitive and usernames as not' {
        $exact = Invoke-Emulator -Path '3/image/EmuImg1'
        $lower = Invoke-Emulator -Path '3/image/emuimg1'
        $upperUser = Invoke-Emulator -Path "3/account/$($credential.username.ToUpperInvariant())"

        $exact.StatusCode | Should -Be 200
        ($exact | Read-Envelope).data.id | Should -BeExactly 'EmuImg1'
        $lower.StatusCode | Should -Be 404
        ($lower | Read-Envelope).data.error | Should -BeExactly 'Unable to find an image with the id, emuimg1'
        $upperUser.StatusCode | Should -Be 200
        ($upperUser | Read-Envelope).data.id | Should -Be $credential.accountId
    }

    It 'gives an upload a 7-character id and a 15-character deletehash, and comments and accounts integer ids' {
        $upload = Invoke-Emulator -Path '3/image' -Method POST -Body @{ image = [Convert]::ToBase64String($pngBytes); type = 'base64' } | Read-Envelope
        $comment = Invoke-Emulator -Path '3/comment/2000000001' | Read-Envelope

        $upload.data.id | Should -MatchExactly '^[A-Za-z0-9]{7}$'
        $upload.data.deletehash | Should -MatchExactly '^[A-Za-z0-9]{15}$'
        $comment.data.id | Should -BeOfType [long]
        $comment.data.author_id | Should -BeOfType [long]
    }
}

Describe 'Error forms (spec 1.5, 1.7, Q32, Q33)' {
    BeforeAll { Reset-Emulator }

    It 'answers HTTP 200 with the real code kept in the body status when _fake_status=200 is asked for' {
        $response = Invoke-Emulator -Path '3/image/NoSuchId?_fake_status=200'

        $response.StatusCode | Should -Be 200
        $envelope = $response | Read-Envelope
        $envelope.success | Should -BeFalse
        $envelope.status | Should -Be 404
        $envelope.data.error | Should -Be 'Unable to find an image with the id, NoSuchId'
    }

    It 'writes an XML error as a data root with success="0" and the status, holding error, request and method' {
        $response = Invoke-Emulator -Path '3/image/NoSuchId.xml'

        $response.StatusCode | Should -Be 404
        (Get-Header $response 'Content-Type') | Should -Match '^application/xml'
        $root = ([xml]$response.Content).DocumentElement
        $root.Name | Should -Be 'data'
        $root.GetAttribute('success') | Should -Be '0'
        $root.GetAttribute('status') | Should -Be '404'
        $root.error | Should -Be 'Unable to find an image with the id, NoSuchId'
        $root.request | Should -Be '/3/image/NoSuchId.xml'
        $root.method | Should -Be 'GET'
    }

    It 'refuses an unreadable upload with 400 "File type invalid (1)", in XML under the upload root that says type="array"' {
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'unreadable') -Force
        $text = Join-Path $folder 'notes.png'
        Set-Content -LiteralPath $text -Value 'not an image at all'

        $json = Invoke-Emulator -Path '3/upload' -Method POST -Form @{ image = Get-Item -LiteralPath $text }
        $xml = Invoke-Emulator -Path '3/upload.xml' -Method POST -Form @{ image = Get-Item -LiteralPath $text }

        $json.StatusCode | Should -Be 400
        $envelope = $json | Read-Envelope
        $envelope.status | Should -Be 400
        $envelope.data.error | Should -Be 'File type invalid (1)'
        $xml.StatusCode | Should -Be 400
        $root = ([xml]$xml.Content).DocumentElement
        $root.GetAttribute('type') | Should -Be 'array'
        $root.GetAttribute('success') | Should -Be '0'
        $root.error | Should -Be 'File type invalid (1)'
    }
}

Describe 'Uploads (spec 1.13, Q13, Q15)' {
    BeforeAll { Reset-Emulator }

    It 'takes an image sent as base64 text, typed and measured from its bytes' {
        $response = Invoke-Emulator -Path '3/image' -Method POST -Body @{ image = [Convert]::ToBase64String($pngBytes); type = 'base64'; title = 'From base64' }

        $response.StatusCode | Should -Be 200
        $image = ($response | Read-Envelope).data
        $image.type | Should -Be 'image/png'
        $image.size | Should -Be $pngBytes.Length
        $image.width | Should -BeGreaterThan 0
        $image.title | Should -Be 'From base64'
        (Get-EmulatorUpload | Select-Object -Last 1).sha256 | Should -Be ([BitConverter]::ToString([System.Security.Cryptography.SHA256]::HashData($pngBytes)) -replace '-').ToLowerInvariant()
    }

    It 'answers a text image field that is neither a URL nor base64 with 400 in the envelope, in a multipart body as in a form' {
        $text = 'hello world, not base64!'
        $multipart = Invoke-Emulator -Path '3/image' -Method POST -Form @{ image = $text }
        $form = Invoke-Emulator -Path '3/image' -Method POST -Body @{ image = $text }

        foreach ($response in $multipart, $form) {
            $response.StatusCode | Should -Be 400
            ($response | Read-Envelope).data.error | Should -Be 'The image field is neither an http(s) URL nor valid base64 data.'
        }
    }

    It 'refuses a video posted to /3/image, and takes it on /3/upload, the route the spec names for video' {
        $video = Join-Path $TestDrive 'clip.mp4'
        [System.IO.File]::WriteAllBytes($video, [byte[]](0, 0, 0, 24) + [System.Text.Encoding]::ASCII.GetBytes('ftypisom') + [byte[]]::new(2048))

        $image = Invoke-Emulator -Path '3/image' -Method POST -Form @{ video = Get-Item $video }
        $upload = Invoke-Emulator -Path '3/upload' -Method POST -Form @{ video = Get-Item $video }

        $image.StatusCode | Should -Be 400
        ($image | Read-Envelope).data.error | Should -BeLike '*/3/upload*'
        $upload.StatusCode | Should -Be 200
        ($upload | Read-Envelope).data.type | Should -Be 'video/mp4'
    }

    It 'keeps a new video in processing "pending", 0x0 and without mp4, for --video-processing-seconds, then completes it' {
        $video = Join-Path $TestDrive 'pending.mp4'
        [System.IO.File]::WriteAllBytes($video, [byte[]](0, 0, 0, 24) + [System.Text.Encoding]::ASCII.GetBytes('ftypisom') + [byte[]]::new(2048))
        $slow = Start-ImgurEmulator -ArgumentList '--video-processing-seconds', '2'
        try {
            $uploaded = (Invoke-Emulator -BaseUri $slow.BaseUri -Path '3/upload' -Method POST -Form @{ video = Get-Item $video } | Read-Envelope).data
            $done = (Invoke-Emulator -BaseUri (Get-EmulatorUri) -Path '3/upload' -Method POST -Form @{ video = Get-Item $video } | Read-Envelope).data

            $uploaded.processing.status | Should -Be 'pending'
            $uploaded.width | Should -Be 0
            $uploaded.PSObject.Properties.Name | Should -Not -Contain 'mp4'
            $done.processing.status | Should -Be 'completed' -Because 'without the option a video is done at once'
            Start-Sleep -Seconds 2.5
            (Invoke-Emulator -BaseUri $slow.BaseUri -Path "3/image/$($uploaded.id)" | Read-Envelope).data.processing.status | Should -Be 'completed'
        }
        finally { $slow | Stop-ImgurEmulator }
    }

    It 'fetches a URL upload on this machine with --fetch-upload-urls, and refuses one that fails, is no image or is elsewhere' {
        Import-Module (Join-Path $PSScriptRoot 'ReplayServer.psm1') -Force
        $media = Start-ReplayServer
        $fetching = Start-ImgurEmulator -ArgumentList '--fetch-upload-urls'
        try {
            function Send-Url([string] $Url) { Invoke-Emulator -BaseUri $fetching.BaseUri -Path '3/image' -Method POST -Body @{ image = $Url; type = 'url' } }

            Set-ReplayAnswer $media -Body $pngBytes -Status 200 -ContentType 'image/png'
            $fetched = Send-Url "$($media.Uri)cat.png"
            Set-ReplayAnswer $media -Body ([System.Text.Encoding]::UTF8.GetBytes('<html>no image</html>')) -Status 200 -ContentType 'text/html'
            $notImage = Send-Url "$($media.Uri)page.png"
            Set-ReplayAnswer $media -Body ([System.Text.Encoding]::UTF8.GetBytes('Not Found')) -Status 404 -ContentType 'text/plain'
            $missing = Send-Url "$($media.Uri)gone.png"
            $elsewhere = Send-Url 'https://example.com/cat.png'

            $fetched.StatusCode | Should -Be 200
            $image = ($fetched | Read-Envelope).data
            $image.size | Should -Be $pngBytes.Length
            $image.width | Should -BeGreaterThan 0
            ($notImage | Read-Envelope).data.error | Should -Be 'File type invalid (1)'
            $missing.StatusCode | Should -Be 400
            ($missing | Read-Envelope).data.error | Should -BeLike '*answered 404*'
            $elsewhere.StatusCode | Should -Be 400
            ($elsewhere | Read-Envelope).data.error | Should -BeLike '*only URLs on this machine*'
        }
        finally {
            $fetching | Stop-ImgurEmulator
            Stop-ReplayServer $media
        }
    }

    It 'writes account_id 0 in an anonymous upload answer, null when the image is read, and a null cover for an empty album' {
        $upload = (Invoke-Emulator -Path '3/image' -Method POST -Body @{ image = [Convert]::ToBase64String($pngBytes) } | Read-Envelope).data
        $read = (Invoke-Emulator -Path "3/image/$($upload.id)" | Read-Envelope).data
        $emptyAlbum = (Invoke-Emulator -Path '3/album/EmuAlb2' -Auth bearer | Read-Envelope).data

        $upload.account_id | Should -Be 0
        $upload.account_url | Should -BeNullOrEmpty
        $read.PSObject.Properties['account_id'].Value | Should -BeNullOrEmpty
        $read.PSObject.Properties['account_id'] | Should -Not -BeNullOrEmpty -Because 'the field is there, as null'
        $read.vote | Should -BeNullOrEmpty
        $emptyAlbum.cover | Should -BeNullOrEmpty
        $emptyAlbum.PSObject.Properties.Name | Should -Contain 'cover'
    }

    It 'writes mp4_size as a numeric string next to the gifv and mp4 links of an animated image, and none of them for a still one (Q10)' {
        $animated = Invoke-Emulator -Path '3/image/EmuImg3'
        $still = (Invoke-Emulator -Path '3/image/EmuImg1' | Read-Envelope).data

        $animated.Content | Should -Match '"mp4_size":"\d+"'
        $gif = ($animated | Read-Envelope).data
        # The emulator is its own media host: links name the origin the request reached.
        $media = ([uri](Get-EmulatorUri)).GetLeftPart('Authority')
        $gif.gifv | Should -Be "$media/EmuImg3.gifv"
        $gif.mp4 | Should -Be "$media/EmuImg3.mp4"
        $gif.mp4_size | Should -Be ([string]$gif.size)
        $still.PSObject.Properties.Name | Should -Not -Contain 'gifv'
        $still.PSObject.Properties.Name | Should -Not -Contain 'mp4_size'
    }

    It 'reads the string mp4_size of an animated image into a number' {
        $null = Connect-TestImgur

        $image = Get-ImgurImage EmuImg3

        $image.Mp4Size | Should -BeOfType [long]
        $image.Mp4Size | Should -Be $image.Size
        $image.Gifv | Should -Be "$(([uri](Get-EmulatorUri)).GetLeftPart('Authority'))/EmuImg3.gifv"
    }
}

Describe 'Over-size uploads (spec 1.13, Q2, Q23)' {
    BeforeAll {
        # The shared emulator takes 10 MB; one that takes 100 bytes refuses the 552-byte sample.
        $small = Start-ImgurEmulator -ArgumentList '--max-image-bytes', '100'
    }

    AfterAll { $small | Stop-ImgurEmulator }

    It 'refuses an image over --max-image-bytes with 400 and the error object of code 1002' {
        $response = Invoke-Emulator -BaseUri $small.BaseUri -Path '3/upload' -Method POST -Body @{ image = [Convert]::ToBase64String($pngBytes) }

        $response.StatusCode | Should -Be 400
        $envelope = $response | Read-Envelope
        $envelope.success | Should -BeFalse
        $envelope.status | Should -Be 400
        $envelope.data.error.code | Should -Be 1002
        $envelope.data.error.message | Should -Be 'File is over the size limit'
        $envelope.data.error.type | Should -Be 'ImgurException'
        @($envelope.data.error.exception) | Should -HaveCount 0
        $envelope.data.request | Should -Be '/3/upload'
    }
}

Describe 'Parameters (spec 1.16, Q16)' {
    BeforeEach { Reset-Emulator }

    It 'takes an album''s images as repeated ids[] keys, in their order' {
        $created = Invoke-Emulator -Path '3/album' -Method POST -Auth bearer -Body 'ids[]=EmuImg2&ids[]=EmuImg1&title=Repeated' | Read-Envelope

        $images = Invoke-Emulator -Path "3/album/$($created.data.id)/images" | Read-Envelope

        $images.data.id | Should -Be @('EmuImg2', 'EmuImg1')
    }

    It 'takes an album''s images as a JSON array in a JSON body' {
        $body = @{ ids = @('EmuImg3', 'EmuImg1'); title = 'JSON array' } | ConvertTo-Json -Compress
        $created = Invoke-Emulator -Path '3/album' -Method POST -Auth bearer -Body $body -ContentType 'application/json' | Read-Envelope

        $images = Invoke-Emulator -Path "3/album/$($created.data.id)/images" | Read-Envelope

        $images.data.id | Should -Be @('EmuImg3', 'EmuImg1')
    }

    It 'reads <Value> as <Meaning> in a query flag' -TestCases @(
        @{ Value = '1'; Meaning = 'true' }
        @{ Value = 'true'; Meaning = 'true' }
        @{ Value = '0'; Meaning = 'false' }
        @{ Value = 'false'; Meaning = 'false' }
    ) {
        $albums = @((Invoke-Emulator -Path "3/gallery/hot/viral/day/0?album_previews=$Value" | Read-Envelope).data | Where-Object is_album)

        $albums | Should -Not -BeNullOrEmpty
        $withPreviews = @($albums | Where-Object { $_.PSObject.Properties.Name -contains 'images' })
        $withPreviews.Count -eq $albums.Count | Should -Be ($Meaning -eq 'true')
        $withPreviews.Count -eq 0 | Should -Be ($Meaning -eq 'false')
    }
}

Describe 'Paging (spec 1.8)' {
    BeforeAll { Reset-Emulator }

    It 'gives a gallery listing its fixed page of 60 items whatever perPage asks for' {
        $plain = Invoke-Emulator -Path '3/gallery/hot/viral/day/0' | Read-Envelope
        $asked = Invoke-Emulator -Path '3/gallery/hot/viral/day/0?perPage=5' | Read-Envelope

        $plain.data | Should -HaveCount 60
        $asked.data.id | Should -Be $plain.data.id
    }
}

Describe 'Rate limits (spec 1.9, Q7)' {
    BeforeAll { Reset-Emulator }

    It 'charges no credit for an OAuth call and sends no rate-limit headers with it' {
        $before = Invoke-Emulator -Path '3/image/EmuImg1'
        $token = Invoke-Emulator -Path 'oauth2/token' -Method POST -Auth none -Body @{
            grant_type = 'refresh_token'; refresh_token = $credential.refreshToken
            client_id = $credential.clientId; client_secret = $credential.clientSecret
        }
        $after = Invoke-Emulator -Path '3/image/EmuImg1'

        $token.StatusCode | Should -Be 200
        @($token.Headers.Keys | Where-Object { $_ -match 'RateLimit' }) | Should -HaveCount 0
        [int](Get-Header $before 'X-RateLimit-ClientRemaining') - [int](Get-Header $after 'X-RateLimit-ClientRemaining') | Should -Be 1 -Because 'only the second GET is charged'
    }

    It 'writes X-RateLimit-UserReset as seconds by default and as a Unix time under --reset-form epoch' {
        $epochEmulator = Start-ImgurEmulator -ArgumentList '--reset-form', 'epoch'
        try {
            $seconds = [long](Get-Header (Invoke-Emulator -Path '3/image/EmuImg1') 'X-RateLimit-UserReset')
            $now = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()
            $epoch = [long](Get-Header (Invoke-Emulator -BaseUri $epochEmulator.BaseUri -Path '3/image/EmuImg1') 'X-RateLimit-UserReset')

            $seconds | Should -BeGreaterThan 0
            $seconds | Should -BeLessOrEqual 3600
            $epoch | Should -BeGreaterThan $now
            $epoch | Should -BeLessOrEqual ($now + 3700)
        }
        finally {
            $epochEmulator | Stop-ImgurEmulator
        }
    }
}

Describe 'Response headers (spec 1.12)' {
    BeforeAll { Reset-Emulator }

    It 'sends Server "cat factory 1.0", Cache-Control no-store, and CORS headers that expose the rate limits' {
        $response = Invoke-Emulator -Path '3/image/EmuImg1'

        # PowerShell splits the Server header into its product tokens.
        $response.Headers['Server'] -join ' ' | Should -Be 'cat factory 1.0'
        Get-Header $response 'Cache-Control' | Should -Be 'no-store'
        Get-Header $response 'Access-Control-Allow-Origin' | Should -Be '*'
        Get-Header $response 'Access-Control-Allow-Methods' | Should -Be 'GET, PUT, POST, PATCH, DELETE, OPTIONS'
        (Get-Header $response 'Access-Control-Allow-Headers') -split ',\s*' | Should -Contain 'Authorization'
        (Get-Header $response 'Access-Control-Allow-Headers') -split ',\s*' | Should -Contain 'Content-Type'
        $exposed = (Get-Header $response 'Access-Control-Expose-Headers') -split ',\s*'
        foreach ($name in 'X-RateLimit-UserRemaining', 'X-RateLimit-ClientRemaining', 'X-Post-Rate-Limit-Remaining') {
            $exposed | Should -Contain $name
        }
    }

    It 'sends Cache-Control "public, max-age=600" with /3/tags' {
        $response = Invoke-Emulator -Path '3/tags'

        $response.StatusCode | Should -Be 200
        Get-Header $response 'Cache-Control' | Should -Be 'public, max-age=600'
    }

    It 'answers a CORS preflight without credentials with 200 and an empty body' {
        $response = Invoke-Emulator -Path '3/upload' -Method OPTIONS -Auth none -Headers @{
            Origin = 'https://example.com'; 'Access-Control-Request-Method' = 'POST'; 'Access-Control-Request-Headers' = 'authorization'
        }

        $response.StatusCode | Should -Be 200
        [string]$response.Content | Should -BeNullOrEmpty
        Get-Header $response 'Access-Control-Allow-Origin' | Should -Be '*'
        Get-Header $response 'Access-Control-Allow-Methods' | Should -Match 'POST'
    }
}

Describe 'Verbs and paths (spec 1.16, Q17, Q18, Q20, Q29)' {
    BeforeEach { Reset-Emulator }

    It 'carries out <Write> sent with <Verb>, a verb Q17 lists for it' -TestCases @(
        @{ Write = 'album add'; Verb = 'PUT'; Path = '3/album/EmuAlbm/add'; Body = 'ids=EmuImg3'; Read = '3/album/EmuAlbm/images'; Check = { param($data) $data.id | Should -Contain 'EmuImg3' } }
        @{ Write = 'album add'; Verb = 'POST'; Path = '3/album/EmuAlbm/add'; Body = 'ids=EmuImg3'; Read = '3/album/EmuAlbm/images'; Check = { param($data) $data.id | Should -Contain 'EmuImg3' } }
        @{ Write = 'remove_images'; Verb = 'POST'; Path = '3/album/EmuAlbm/remove_images'; Body = 'ids=EmuImg1'; Read = '3/album/EmuAlbm/images'; Check = { param($data) $data.id | Should -Be @('EmuImg2') } }
        @{ Write = 'remove_images'; Verb = 'DELETE'; Path = '3/album/EmuAlbm/remove_images?ids=EmuImg1'; Read = '3/album/EmuAlbm/images'; Check = { param($data) $data.id | Should -Be @('EmuImg2') } }
        @{ Write = 'album update'; Verb = 'PUT'; Path = '3/album/EmuAlbm'; Body = 'title=Changed'; Read = '3/album/EmuAlbm'; Check = { param($data) $data.title | Should -Be 'Changed' } }
        @{ Write = 'album update'; Verb = 'POST'; Path = '3/album/EmuAlbm'; Body = 'title=Changed'; Read = '3/album/EmuAlbm'; Check = { param($data) $data.title | Should -Be 'Changed' } }
        @{ Write = 'settings'; Verb = 'PUT'; Path = '3/account/me/settings'; Body = 'bio=Changed'; Read = '3/account/me'; Check = { param($data) $data.bio | Should -Be 'Changed' } }
        @{ Write = 'settings'; Verb = 'POST'; Path = '3/account/me/settings'; Body = 'bio=Changed'; Read = '3/account/me'; Check = { param($data) $data.bio | Should -Be 'Changed' } }
        @{ Write = 'notification mark-read'; Verb = 'POST'; Path = '3/notification/3000002'; Read = '3/notification/3000002'; Check = { param($data) $data.viewed | Should -BeTrue } }
        @{ Write = 'notification mark-read'; Verb = 'PUT'; Path = '3/notification/3000002'; Read = '3/notification/3000002'; Check = { param($data) $data.viewed | Should -BeTrue } }
        @{ Write = 'notification mark-read'; Verb = 'DELETE'; Path = '3/notification/3000002'; Read = '3/notification/3000002'; Check = { param($data) $data.viewed | Should -BeTrue } }
        @{ Write = 'custom-gallery add_tags'; Verb = 'PUT'; Path = '3/g/custom/add_tags'; Body = 'tags=funny'; Read = '3/g/custom'; Check = { param($data) $data.tags | Should -Contain 'funny' } }
        @{ Write = 'custom-gallery add_tags'; Verb = 'POST'; Path = '3/g/custom/add_tags'; Body = 'tags=funny'; Read = '3/g/custom'; Check = { param($data) $data.tags | Should -Contain 'funny' } }
    ) {
        $unchanged = (Invoke-Emulator -Path $Read -Auth bearer | Read-Envelope).data
        { & $Check $unchanged } | Should -Throw -Because 'the change is not there before the write'

        $response = Invoke-Emulator -Path $Path -Method $Verb -Auth bearer -Body $Body

        $response.StatusCode | Should -Be 200
        & $Check ((Invoke-Emulator -Path $Read -Auth bearer | Read-Envelope).data)
    }

    It 'serves the custom gallery on the short /3/g paths as on /3/g/custom (Q18)' {
        $added = Invoke-Emulator -Path '3/g/add_tags' -Method PUT -Auth bearer -Body 'tags=funny'
        $short = (Invoke-Emulator -Path '3/g' -Auth bearer | Read-Envelope).data
        $canonical = (Invoke-Emulator -Path '3/g/custom' -Auth bearer | Read-Envelope).data
        $removed = Invoke-Emulator -Path '3/g/remove_tags?tags=funny' -Method DELETE -Auth bearer
        $filteredOut = (Invoke-Emulator -Path '3/g/filtered_out' -Auth bearer | Read-Envelope).data
        $filtered = (Invoke-Emulator -Path '3/g/filtered' -Auth bearer | Read-Envelope).data

        $added.StatusCode | Should -Be 200
        $short.tags | Should -Contain 'funny'
        $short.items.id | Should -Be $canonical.items.id
        $removed.StatusCode | Should -Be 200
        (Invoke-Emulator -Path '3/g/custom' -Auth bearer | Read-Envelope).data.tags | Should -Not -Contain 'funny'
        $filteredOut.tags | Should -Be @('food')
        $filteredOut.items.id | Should -Be $filtered.items.id
        $filtered.items | Should -Not -BeNullOrEmpty
    }

    It 'answers <Short> as <Full>, filling the optional trailing segments (Q20)' -TestCases @(
        @{ Short = '3/gallery/hot'; Full = '3/gallery/hot/viral/day/0' }
        @{ Short = '3/gallery/top/time/1'; Full = '3/gallery/top/time/day/1' }
        @{ Short = '3/gallery/search?q=cats'; Full = '3/gallery/search/time/all/0?q=cats' }
        @{ Short = '3/account/me/favorites'; Full = '3/account/me/favorites/0/newest' }
    ) {
        $short = Invoke-Emulator -Path $Short -Auth bearer
        $full = Invoke-Emulator -Path $Full -Auth bearer

        $short.StatusCode | Should -Be 200
        $items = ($short | Read-Envelope).data
        $items | Should -Not -BeNullOrEmpty
        $items.id | Should -Be ($full | Read-Envelope).data.id
    }

    It 'answers 406 in the JSON:API form to a block route asked for with an Accept that rules out JSON (Q29)' {
        $refused = Invoke-Emulator -Path 'account/v1/emu-blocked/block' -Auth bearer -Headers @{ Accept = 'text/html' }
        $accepted = Invoke-Emulator -Path 'account/v1/emu-blocked/block' -Auth bearer -Headers @{ Accept = 'application/vnd.api+json' }

        $refused.StatusCode | Should -Be 406
        (Get-Header $refused 'Content-Type') | Should -Match '^application/vnd\.api\+json'
        $errors = ($refused | Read-Envelope).errors
        @($errors) | Should -HaveCount 1
        $errors[0].code | Should -BeExactly '406'
        $accepted.StatusCode | Should -Be 200
        ($accepted | Read-Envelope).data.blocked | Should -BeTrue
    }
}

Describe 'OAuth grants (spec 1.14)' {
    BeforeEach { Reset-Emulator }

    It 'exchanges the code the authorize page redirects with for a bare token object, once' {
        $page = Invoke-Emulator -Path "oauth2/authorize?client_id=$($credential.clientId)&response_type=code&state=s1&redirect_uri=http%3A%2F%2F127.0.0.1%2Fback" -Auth none
        # Invoke-WebRequest cannot stop at a redirect without failing, so the consent goes through HttpClient.
        $noRedirect = [System.Net.Http.HttpClient]::new([System.Net.Http.HttpClientHandler]@{ AllowAutoRedirect = $false })
        try {
            $consent = [System.Collections.Generic.Dictionary[string, string]]::new()
            $fields = @{ client_id = $credential.clientId; response_type = 'code'; state = 's1'; redirect_uri = 'http://127.0.0.1/back'; decision = 'approve' }
            foreach ($field in $fields.GetEnumerator()) { $consent[$field.Key] = $field.Value }
            $approved = $noRedirect.PostAsync("$(Get-EmulatorUri)oauth2/authorize", [System.Net.Http.FormUrlEncodedContent]::new($consent)).GetAwaiter().GetResult()
        }
        finally {
            $noRedirect.Dispose()
        }
        $page.StatusCode | Should -Be 200
        $page.Content | Should -Match 'value="approve"'
        [int]$approved.StatusCode | Should -Be 302
        $location = $approved.Headers.Location
        $location.GetLeftPart([UriPartial]::Path) | Should -Be 'http://127.0.0.1/back'
        $location.Query -match '^\?code=(\w+)&state=s1$' | Should -BeTrue -Because "the redirect carries the code and state: $($location.Query)"
        $code = $Matches[1]
        $exchange = @{ grant_type = 'authorization_code'; code = $code; client_id = $credential.clientId; client_secret = $credential.clientSecret }

        $first = Invoke-Emulator -Path 'oauth2/token' -Method POST -Auth none -Body $exchange
        $second = Invoke-Emulator -Path 'oauth2/token' -Method POST -Auth none -Body $exchange

        $first.StatusCode | Should -Be 200
        $token = $first | Read-Envelope
        $token.PSObject.Properties.Name | Should -Not -Contain 'data'
        $token.access_token | Should -MatchExactly '^[0-9a-f]{40}$'
        $token.token_type | Should -BeExactly 'bearer'
        $token.PSObject.Properties.Name | Should -Contain 'scope'
        $token.scope | Should -BeNullOrEmpty
        $token.account_username | Should -Be $credential.username
        $second.StatusCode | Should -Be 400
        (Invoke-Emulator -Path '3/account/me' -Auth "Bearer $($token.access_token)" | Read-Envelope).data.url | Should -Be $credential.username
    }

    It 'exchanges the PIN the authorize page shows for a bare token object, once' {
        $approved = Invoke-Emulator -Path 'oauth2/authorize' -Method POST -Auth none -Body @{
            client_id = $credential.clientId; response_type = 'pin'; state = 's2'; decision = 'approve'
        }
        $approved.StatusCode | Should -Be 200
        $approved.Content -match '<b id="pin">(\w+)</b>' | Should -BeTrue -Because 'the page shows the PIN'
        $exchange = @{ grant_type = 'pin'; pin = $Matches[1]; client_id = $credential.clientId; client_secret = $credential.clientSecret }

        $first = Invoke-Emulator -Path 'oauth2/token' -Method POST -Auth none -Body $exchange
        $second = Invoke-Emulator -Path 'oauth2/token' -Method POST -Auth none -Body $exchange

        $first.StatusCode | Should -Be 200
        $token = $first | Read-Envelope
        $token.access_token | Should -MatchExactly '^[0-9a-f]{40}$'
        $token.refresh_token | Should -Not -BeNullOrEmpty
        $token.token_type | Should -BeExactly 'bearer'
        $token.account_id | Should -Be $credential.accountId
        $second.StatusCode | Should -Be 400
    }
}

Describe 'Fault shapes of Q5, Q23 and Q24' {
    BeforeAll {
        Set-ImgurOption -MaxRetry 0
        Reset-Emulator
        $null = Connect-TestImgur
    }

    AfterAll { Set-ImgurOption -MaxRetry 3 }

    It 'sends body status <BodyStatus> on HTTP <Status> with a mismatched-status fault, and the cmdlet goes by the HTTP status (Q5)' -TestCases @(
        @{ Status = 403; BodyStatus = 500; Category = 'PermissionDenied' }
        @{ Status = 429; BodyStatus = 500; Category = 'LimitsExceeded' }
        @{ Status = 429; BodyStatus = 1203; Category = 'LimitsExceeded' }
    ) {
        $message = 'Imgur is over capacity. Please try again later.'
        Add-EmulatorFault -Path '^/3/credits$' -Kind mismatched-status -Status $Status -BodyStatus $BodyStatus -Message $message -Times 2

        $raw = Invoke-Emulator -Path '3/credits'
        $null = Get-ImgurCredit -ErrorAction SilentlyContinue -ErrorVariable failure

        $raw.StatusCode | Should -Be $Status
        ($raw | Read-Envelope).status | Should -Be $BodyStatus
        ($raw | Read-Envelope).data.error | Should -Be $message
        $failure | Should -HaveCount 1
        $failure[0].Exception.StatusCode | Should -Be $Status
        $failure[0].Exception.BodyStatus | Should -Be $BodyStatus
        $failure[0].Exception.ImgurMessage | Should -Be $message
        $failure[0].CategoryInfo.Category | Should -Be $Category
    }

    It 'sends "uploading too fast" as Imgur does with an error-object fault: inner code 429, body status 400, HTTP 429 (Q24)' {
        $message = 'You are uploading too fast. Please wait 59 more minutes.'
        Add-EmulatorFault -Path '^/3/credits$' -Kind error-object -Status 429 -Code 429 -BodyStatus 400 -Message $message -Times 2

        $raw = Invoke-Emulator -Path '3/credits'
        $null = Get-ImgurCredit -ErrorAction SilentlyContinue -ErrorVariable failure

        $raw.StatusCode | Should -Be 429
        $envelope = $raw | Read-Envelope
        $envelope.status | Should -Be 400
        $envelope.data.error.code | Should -Be 429
        $envelope.data.error.message | Should -Be $message
        $failure | Should -HaveCount 1
        $failure[0].Exception.StatusCode | Should -Be 429
        $failure[0].Exception.BodyStatus | Should -Be 400
        $failure[0].Exception.ErrorCode | Should -Be '429'
        $failure[0].Exception.ImgurMessage | Should -Be $message
        $failure[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
    }

    It 'answers an upload with 417 "Internal expectation failed" through a status fault, which Send-ImgurImage reports with that status (Q23)' {
        $message = 'Internal expectation failed'
        Add-EmulatorFault -Path '^/3/(image|upload)$' -Method POST -Kind status -Status 417 -Message $message -Times 2
        $file = New-TestImage -Folder (Join-Path $TestDrive 'expectation') -Count 1

        $raw = Invoke-Emulator -Path '3/upload' -Method POST -Body @{ image = [Convert]::ToBase64String($pngBytes) }
        $null = Send-ImgurImage -Path $file -ErrorAction SilentlyContinue -ErrorVariable failure

        $raw.StatusCode | Should -Be 417
        ($raw | Read-Envelope).data.error | Should -Be $message
        $failure | Should -HaveCount 1
        $failure[0].Exception.StatusCode | Should -Be 417
        $failure[0].Exception.ImgurMessage | Should -Be $message
    }

    It 'refuses a fault that gives bodyStatus to a kind that does not use it' {
        $response = Invoke-WebRequest -Method POST -Uri "$(Get-EmulatorUri)_emulator/faults" -SkipHttpErrorCheck -ContentType 'application/json' `
            -Body (@{ path = '^/3/credits$'; kind = 'status'; bodyStatus = 500 } | ConvertTo-Json)

        $response.StatusCode | Should -Be 400
        $response.Content | Should -Match 'bodyStatus'
        (Invoke-Emulator -Path '3/credits').StatusCode | Should -Be 200 -Because 'the refused fault was not queued'
    }
}

Describe 'Unexpected failures' {
    BeforeAll { Reset-Emulator }

    It 'answers a route that fails unexpectedly with Imgur''s 500 envelope, never an empty 500, in <Format>' -TestCases @(
        @{ Format = 'json' }
        @{ Format = 'xml' }
    ) {
        Add-EmulatorFault -Path '^/3/credits$' -Kind crash

        $response = Invoke-Emulator -Path "3/credits.$Format"

        $response.StatusCode | Should -Be 500
        $response.Content | Should -Not -BeNullOrEmpty
        if ($Format -eq 'json') { ($response | Read-Envelope).data.error | Should -Be 'An error occurred' }
        else { ([xml]$response.Content).DocumentElement.error | Should -Be 'An error occurred' }
    }

    It 'is read by the cmdlets as a server error' {
        $null = Connect-TestImgur
        Set-ImgurOption -MaxRetry 0
        try {
            Add-EmulatorFault -Path '^/3/gallery' -Kind crash

            $null = Get-ImgurGallery -ErrorAction SilentlyContinue -ErrorVariable failure

            $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurServerError*'
            $failure[0].Exception.ImgurMessage | Should -Be 'An error occurred'
        }
        finally { Set-ImgurOption -MaxRetry 3 }
    }
}

Describe 'Seeded answers to the examples of client READMEs' {
    BeforeAll {
        Reset-Emulator
        $null = Connect-TestImgur
    }

    It 'has posts in the <Subreddit> subreddit gallery' -TestCases @(
        @{ Subreddit = 'wallstreetbets' }
        @{ Subreddit = 'funny' }
        @{ Subreddit = 'pics' }
    ) {
        @(Get-ImgurSubredditGallery $Subreddit).Count | Should -BeGreaterThan 0
    }

    It 'finds posts for the search <Query>' -TestCases @(
        @{ Query = 'title: memes' }
        @{ Query = 'dog' }
    ) {
        @(Search-ImgurGallery $Query).Count | Should -BeGreaterThan 0
    }
}

Describe 'The emulator''s clock (POST /_emulator/time)' {
    BeforeEach { Reset-Emulator }
    AfterAll { Reset-Emulator }

    It 'moves forward: the access token expires and a spent hourly allowance comes back' {
        (Invoke-Emulator -Path '3/account/me' -Auth bearer).StatusCode | Should -Be 200
        Set-EmulatorLimit @{ userRemaining = 0 }
        (Invoke-Emulator -Path '3/image/EmuImg1').StatusCode | Should -Be 429
        $before = Invoke-EmulatorControl -Path time

        $after = Invoke-EmulatorControl -Method POST -Path time -Body @{ advanceSeconds = 3700 }

        $after.now - $before.now | Should -BeGreaterOrEqual 3700
        $after.offsetSeconds | Should -Be 3700
        (Invoke-Emulator -Path '3/image/EmuImg1').StatusCode | Should -Be 200
        $expired = Invoke-Emulator -Path '3/account/me' -Auth bearer
        $expired.StatusCode | Should -Be 403
        ($expired | Read-Envelope).data.error | Should -Be 'The access token provided is invalid.'
    }

    It 'goes back to the real clock on reset, and refuses a move backwards' {
        $null = Invoke-EmulatorControl -Method POST -Path time -Body @{ advanceSeconds = 60 }
        Reset-Emulator
        (Invoke-EmulatorControl -Path time).offsetSeconds | Should -Be 0
        { Invoke-EmulatorControl -Method POST -Path time -Body @{ advanceSeconds = -5 } } | Should -Throw '*400 (Bad Request)*'
    }
}

Describe 'A network''s latency and bandwidth (--latency-ms, --upload-kbps)' {
    It 'holds every answer''s first byte back by --latency-ms' {
        $slow = Start-ImgurEmulator -ArgumentList '--latency-ms', '400'
        try {
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $answer = Invoke-Emulator -BaseUri $slow.BaseUri -Path '3/credits'
            $clock.Elapsed.TotalMilliseconds | Should -BeGreaterOrEqual 390 -Because 'the answer waits 400 ms before its first byte'
            $answer.StatusCode | Should -Be 200
        }
        finally { $slow | Stop-ImgurEmulator }
    }

    It 'writes nothing to standard error when a client gives up during the wait' {
        # Start-ImgurEmulator leaves standard error on the terminal, so a stack trace there is what a user would see.
        $start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
        foreach ($argument in (Join-Path $PSScriptRoot '../../src/ImgurPS.Emulator/bin/Release/net10.0/ImgurPS.Emulator.dll'), '--port', '0', '--exit-on-stdin-close', '--latency-ms', '1500') { $start.ArgumentList.Add($argument) }
        $start.UseShellExecute = $false
        $start.RedirectStandardInput = $start.RedirectStandardOutput = $start.RedirectStandardError = $true
        $process = [System.Diagnostics.Process]::Start($start)
        try {
            $errors = $process.StandardError.ReadToEndAsync()
            $base = [regex]::Match($process.StandardOutput.ReadLine(), 'https?://\S+').Value
            $base | Should -Not -BeNullOrEmpty
            $null = $process.StandardOutput.ReadToEndAsync()
            $impatient = [System.Net.Http.HttpClient]::new()
            $impatient.Timeout = [TimeSpan]::FromMilliseconds(200)
            { $impatient.GetAsync("$($base)3/credits").GetAwaiter().GetResult() } | Should -Throw
            # Past the wait: the emulator has tried to answer the client that left.
            Start-Sleep -Milliseconds 1800
            $process.StandardInput.Close()
            $process.WaitForExit(5000) | Should -BeTrue

            $errors.Result | Should -BeNullOrEmpty
        }
        finally {
            if (-not $process.HasExited) { $process.Kill() }
        }
    }

    It 'reads an upload no faster than --upload-kbps' {
        # 64 kbit/s is 8 KB a second: a 16 KB body takes about two seconds to arrive.
        $narrow = Start-ImgurEmulator -ArgumentList '--upload-kbps', '64'
        try {
            $body = [byte[]]::new(16KB)
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $answer = Invoke-Emulator -BaseUri $narrow.BaseUri -Path '3/image' -Method POST -Body @{ image = [Convert]::ToBase64String($pngBytes + $body) }
            $answer.StatusCode | Should -Be 200
            $clock.Elapsed.TotalSeconds | Should -BeGreaterOrEqual 1.5
        }
        finally { $narrow | Stop-ImgurEmulator }
    }
}

