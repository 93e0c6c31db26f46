BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot '../../src/ImgurPS.Emulator/ImgurEmulator.psm1') -Force
    # Emulators of its own: the list is global, so no other test's uploads may land in it.
    $sharedEmulator = $env:IMGURPS_EMULATOR_URI
    $hashed = Start-ImgurEmulator
}

AfterAll {
    $hashed | Stop-ImgurEmulator
    $env:IMGURPS_EMULATOR_URI = $sharedEmulator
}

Describe 'GET /_emulator/uploads' {
    It 'lists each file upload with the SHA-256 of its content, and no URL upload' {
        $env:IMGURPS_EMULATOR_URI = $hashed.BaseUri
        $null = Connect-TestImgur
        $files = @(New-TestImage -Folder (Join-Path $TestDrive 'hashed') -Count 2)

        $images = $files | Send-ImgurImage -ThrottleLimit 1
        $null = Send-ImgurImage -Url 'https://example.com/cat.png'

        $uploads = @(Get-EmulatorUpload)
        $images | Should -HaveCount $files.Count
        $uploads | Should -HaveCount $files.Count -Because 'a URL upload is not listed'
        # The list is in the order the emulator stored the uploads, which need not be the order of the files.
        foreach ($image in $images) {
            $upload = $uploads | Where-Object id -EQ $image.Id
            $upload.sha256 | Should -Be (Get-FileHash -LiteralPath $image.SourcePath -Algorithm SHA256).Hash.ToLowerInvariant()
            $upload.size | Should -Be (Get-Item -LiteralPath $image.SourcePath).Length
        }
    }

    It 'lists them without hashes under --no-upload-hashes' {
        $unhashed = Start-ImgurEmulator -ArgumentList '--no-upload-hashes'
        try {
            $env:IMGURPS_EMULATOR_URI = $unhashed.BaseUri
            $null = Connect-TestImgur
            $file = New-TestImage -Folder (Join-Path $TestDrive 'unhashed') -Count 1

            $image = Send-ImgurImage -Path $file

            $upload = Get-EmulatorUpload
            $upload.id | Should -Be $image.Id
            $upload.size | Should -Be (Get-Item -LiteralPath $file).Length
            $upload.PSObject.Properties.Name | Should -Contain 'sha256'
            $upload.sha256 | Should -BeNullOrEmpty
        }
        finally {
            $unhashed | Stop-ImgurEmulator
        }
    }
}

Describe 'Uploads as the account lists them' {
    BeforeAll {
        $listed = Start-ImgurEmulator
        $env:IMGURPS_EMULATOR_URI = $listed.BaseUri
        $credential = Get-EmulatorCredential
    }

    AfterAll { $listed | Stop-ImgurEmulator }

    It 'lists the owner its images with name, size, datetime and deletehash (spec 3.2), and others without name and deletehash' {
        $null = Connect-TestImgur -AsUser
        $file = New-TestImage -Folder (Join-Path $TestDrive 'listed') -Count 1
        $image = Send-ImgurImage -Path $file -Name 'holiday.png'

        $own = (Invoke-RestMethod -Uri "$($listed.BaseUri)3/account/me/images/0?perPage=100" -Headers @{ Authorization = "Bearer $($credential.accessToken)" }).data |
            Where-Object id -EQ $image.Id
        $own.name | Should -Be 'holiday.png'
        $own.size | Should -Be (Get-Item -LiteralPath $file).Length
        $own.deletehash | Should -Be $image.DeleteHash
        $own.datetime | Should -BeGreaterThan ([DateTimeOffset]::UtcNow.AddMinutes(-5).ToUnixTimeSeconds())
        $public = (Invoke-RestMethod -Uri "$($listed.BaseUri)3/account/$($credential.username)/images" -Headers @{ Authorization = "Client-ID $($credential.clientId)" }).data |
            Where-Object id -EQ $image.Id
        foreach ($shown in @($public)) { $shown.PSObject.Properties.Name | Should -Not -Contain 'deletehash' }
    }

    It 'stores an upload under a hold fault even when the client gives up before the answer' {
        $null = Connect-TestImgur
        $file = New-TestImage -Folder (Join-Path $TestDrive 'held') -Count 1
        Add-EmulatorFault -Path '^/3/image$' -Kind hold -DelayMs 5000
        $before = @(Get-EmulatorUpload).Count
        $body = [System.Net.Http.MultipartFormDataContent]::new()
        $body.Add([System.Net.Http.ByteArrayContent]::new([System.IO.File]::ReadAllBytes($file)), 'image', 'held.png')
        $client = [System.Net.Http.HttpClient]::new()
        $client.Timeout = [TimeSpan]::FromMilliseconds(1000)
        $client.DefaultRequestHeaders.Authorization = [System.Net.Http.Headers.AuthenticationHeaderValue]::new('Client-ID', $credential.clientId)

        { $client.PostAsync("$($listed.BaseUri)3/image", $body).GetAwaiter().GetResult() } | Should -Throw

        @(Get-EmulatorUpload).Count | Should -Be ($before + 1)
        $client.Dispose()
    }
}

