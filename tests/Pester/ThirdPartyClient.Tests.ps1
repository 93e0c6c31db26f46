# A client nobody here wrote, against the emulator: the npm `imgur` package (version pinned in
# tests/Conformance/npm-imgur/package.json), every public method, through its base address only. What a user of
# that client relies on is asserted; where the client itself is wrong, the test records its behaviour and says why.
BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    Reset-Emulator
    $credential = Get-EmulatorCredential
    $project = Join-Path $TestDrive 'npm-imgur'
    Copy-Item -Recurse (Join-Path $PSScriptRoot '../Conformance/npm-imgur') $project
    # No lock file is kept: it would name the registry. The client's own version is pinned exactly.
    npm install --prefix $project --no-package-lock --no-audit --no-fund --loglevel error | Out-Null
    $LASTEXITCODE | Should -Be 0 -Because 'npm must install the pinned imgur package'

    Clear-EmulatorRequest
    $sample = (Resolve-Path (Join-Path $PSScriptRoot '../../samples/forest.png')).Path
    $lines = node (Join-Path $project 'conformance.mjs') (Get-EmulatorUri) $credential.clientId $credential.accessToken $sample
    $LASTEXITCODE | Should -Be 0
    $answers = @{}
    foreach ($line in $lines) { $answer = $line | ConvertFrom-Json; $answers[$answer.name] = $answer }
    $requests = @(Get-EmulatorRequest)

    function Get-Answer([string] $Name) {
        $answers.ContainsKey($Name) | Should -BeTrue -Because "the run must call $Name"
        $answers[$Name]
    }
}

Describe 'The npm imgur client against the emulator' {
    It 'uploads a file and gets its id and delete hash' {
        $upload = Get-Answer upload
        $upload.success | Should -BeTrue
        $upload.data.id | Should -Match '^[A-Za-z0-9]{7}$'
        $upload.data.deletehash | Should -Match '^[A-Za-z0-9]{15}$'
        $upload.data.title | Should -Be 'From npm'
        (Get-EmulatorUpload).id | Should -Contain $upload.data.id
    }

    It 'reads the image back, renames it by delete hash, and deletes it' {
        $id = (Get-Answer upload).data.id
        (Get-Answer getImage).data.id | Should -Be $id
        (Get-Answer updateImage).data | Should -BeTrue
        ($requests | Where-Object { $_.method -eq 'POST' -and $_.path -like '/3/image/*' }) | Should -Not -BeNullOrEmpty
        (Get-Answer deleteImage).data | Should -BeTrue
        $null = Connect-TestImgur
        $null = Get-ImgurImage $id -ErrorAction SilentlyContinue -ErrorVariable gone
        $gone[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'favorites an image as a user, with Imgur''s word for it' {
        (Get-Answer favoriteImage).data | Should -BeIn 'favorited', 'unfavorited'
    }

    It 'creates an album and reads one with its images' {
        $created = Get-Answer createAlbum
        $created.data.id | Should -Not -BeNullOrEmpty
        $created.data.deletehash | Should -Not -BeNullOrEmpty
        $album = (Get-Answer getAlbum).data
        $album.id | Should -Be 'EmuAlbm'
        $album.images.id | Should -Be 'EmuImg1', 'EmuImg2'
    }

    It 'lists an account''s public albums and their ids' {
        (Get-Answer getAlbums).data.id | Should -Be 'EmuGalA', 'EmuAlbm'
        (Get-Answer getAlbumsIds).data | Should -Be 'EmuGalA', 'EmuAlbm'
    }

    It 'reads the gallery, a subreddit gallery and a search' {
        @((Get-Answer getGallery).data).Count | Should -BeGreaterThan 10
        (Get-Answer getSubredditGallery).data.section | Sort-Object -Unique | Should -Be 'pics'
        (Get-Answer searchGallery).data.title -match 'dog' | Should -Not -BeNullOrEmpty
    }

    It 'is known to send getAccount without credentials, which Imgur answers with 401 (the client''s doing)' {
        # imgur 2.6.1 sends getAccount through its plain fetcher, which adds no Authorization header; spec 1.2 says a
        # request without credentials gets 401 "Authentication required". The emulator answers as Imgur would.
        $account = Get-Answer getAccount
        $account.status | Should -Be 401
        $account.data | Should -Be 'Authentication required'
        ($requests | Where-Object path -EQ '/3/account/emulator-user').auth | Should -Be 'none'
    }

    It 'is known to drop the gallery''s query options (the client''s doing)' {
        # imgur 2.6.1 builds the gallery URL with its options in the query and then sends only its path, so
        # mature=false never reaches Imgur either.
        $gallery = @($requests | Where-Object path -Like '/3/gallery/hot/viral*')
        $gallery | Should -HaveCount 1
        $gallery[0].query | Should -BeNullOrEmpty
    }
}
